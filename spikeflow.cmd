@echo off
rem Runs Spikeflow on Windows: from an installed archive (this file beside org.spikeflow.launcher.jar) or from the
rem source tree after "mvnw.cmd -B package -DskipTests". The twin of the bash script ./spikeflow: same commands,
rem flags, exit codes and defaults.
rem Usage: spikeflow COMMAND [ARGS...]     (exit code = the command's exit code; 130 after Ctrl-C)
rem Env:   SPIKEFLOW_JAVA_OPTS  replaces the default JVM flags (heap, JIT, GC, ...)
rem        SPIKEFLOW_HOME       user data folder; the OSGi state is kept in %SPIKEFLOW_HOME%\state
rem                             (default: %LOCALAPPDATA%\Spikeflow\state)
rem        JAVA_HOME            Java 17+ to use (default: java on PATH)
setlocal EnableExtensions DisableDelayedExpansion

set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
if exist "%HERE%\org.spikeflow.launcher.jar" (
  set "PRODUCT=%HERE%"
) else (
  set "PRODUCT=%HERE%\releng\org.spikeflow.product\target\products\org.spikeflow.product\win32\win32\x86_64"
)
set "LAUNCHER=%PRODUCT%\org.spikeflow.launcher.jar"
set "OSGI="
for %%F in ("%PRODUCT%\plugins\org.eclipse.osgi_*.jar") do set "OSGI=%%~fF"
if not exist "%LAUNCHER%" goto notBuilt
if not defined OSGI goto notBuilt

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA="
  for /f "delims=" %%J in ('where java.exe 2^>nul') do if not defined JAVA set "JAVA=%%J"
)
rem Messages naming paths stay outside ( ) blocks: a path such as "C:\Program Files (x86)" would end the block.
if not defined JAVA goto noJava
if not exist "%JAVA%" goto badJavaHome

rem Java 17+: read from the runtime's release file (no extra JVM start); runtimes without one are checked by the JVM.
for %%J in ("%JAVA%") do set "RELEASE=%%~dpJ..\release"
set "JAVA_VERSION="
set "MAJOR="
if exist "%RELEASE%" (
  for /f "usebackq tokens=1,* delims==" %%A in ("%RELEASE%") do if "%%A"=="JAVA_VERSION" set "JAVA_VERSION=%%~B"
)
if defined JAVA_VERSION (
  for /f "tokens=1,2 delims=." %%A in ("%JAVA_VERSION%") do (
    set "MAJOR=%%A"
    if "%%A"=="1" set "MAJOR=%%B"
  )
)
if not defined MAJOR set "MAJOR=17"
if %MAJOR% LSS 17 goto oldJava

if defined SPIKEFLOW_JAVA_OPTS (
  set "OPTS=%SPIKEFLOW_JAVA_OPTS%"
) else (
  set "OPTS=-XX:+UseSerialGC -Xshare:auto"
  rem long runs keep the C2 JIT for hot kernels; short commands use C1 only, for a faster start-up
  if /i not "%~1"=="run" if /i not "%~1"=="simulate" set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
)

rem Plots are rendered off-screen: AWT must never look for a display.
rem JIT flags that compile the vector kernel sooner: see the spikeflow script.
"%JAVA%" %OPTS% --add-modules jdk.incubator.vector -XX:CompileCommand=quiet "-XX:CompileCommand=CompileThresholdScaling,org.spikeflow.izhikevich.internal.vector.*::*,0.25" -XX:Tier3DelayOn=100000 -Djava.awt.headless=true "-Dspikeflow.home=%PRODUCT%" -cp "%LAUNCHER%;%OSGI%" org.spikeflow.launcher.Main %*
endlocal & exit /b %ERRORLEVEL%

:notBuilt
echo Spikeflow is not built yet: run mvnw.cmd -B package -DskipTests (no product in %PRODUCT%) 1>&2
endlocal & exit /b 2

:noJava
echo spikeflow: Java not found: install Java 17 or newer and put it on the PATH, or set JAVA_HOME 1>&2
endlocal & exit /b 2

:badJavaHome
echo spikeflow: JAVA_HOME is %JAVA_HOME%, but %JAVA% does not exist: point JAVA_HOME to a Java 17 (or newer) installation 1>&2
endlocal & exit /b 2

:oldJava
echo spikeflow: Java %JAVA_VERSION% found at %JAVA%, but Spikeflow needs Java 17 or newer: install it and set JAVA_HOME 1>&2
endlocal & exit /b 2
