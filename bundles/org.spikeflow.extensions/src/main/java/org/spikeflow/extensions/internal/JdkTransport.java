package org.spikeflow.extensions.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;

/**
 * p2's file transport on the JDK alone: {@code file:} paths, {@code jar:file:...!/} (zipped sites) and http(s) through
 * {@link HttpClient}. p2's own transport needs ECF, which brings a dozen more bundles; Tycho replaces it the same way.
 * A missing file must surface as {@link FileNotFoundException}: p2 probes content.xml.xz, content.jar, content.xml.
 */
final class JdkTransport extends Transport {

    private static final String BUNDLE = "org.spikeflow.extensions";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @Override
    public IStatus download(URI toDownload, OutputStream target, IProgressMonitor monitor) {
        try (InputStream in = stream(toDownload, monitor)) {
            in.transferTo(target);
            return Status.OK_STATUS;
        } catch (FileNotFoundException e) {
            return new Status(IStatus.ERROR, BUNDLE, 404 /* p2 reads the code as "not found" */,
                    "not found: " + toDownload, e);
        } catch (IOException | CoreException e) {
            return new Status(IStatus.ERROR, BUNDLE, "cannot read " + toDownload + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream stream(URI toDownload, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
        try {
            String scheme = String.valueOf(toDownload.getScheme()).toLowerCase(java.util.Locale.ROOT);
            switch (scheme) {
                case "file" :
                    return Files.newInputStream(Path.of(toDownload));
                case "http" :
                case "https" :
                    HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(toDownload)
                            .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                    if (response.statusCode() == 404 || response.statusCode() == 410) {
                        response.body().close();
                        throw new FileNotFoundException(toDownload.toString());
                    }
                    if (response.statusCode() >= 400) {
                        response.body().close();
                        throw new IOException("HTTP " + response.statusCode());
                    }
                    return response.body();
                default : // jar:file:/site.zip!/content.jar and other schemes the JDK knows
                    URLConnection connection = toDownload.toURL().openConnection();
                    connection.setUseCaches(false); // the JDK would keep the zip open and locked
                    return connection.getInputStream();
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new FileNotFoundException(toDownload.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreException(Status.CANCEL_STATUS);
        } catch (IOException | IllegalArgumentException e) {
            throw new CoreException(new Status(IStatus.ERROR, BUNDLE, "cannot read " + toDownload + ": " + e, e));
        }
    }

    @Override
    public long getLastModified(URI toDownload, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
        if ("file".equalsIgnoreCase(toDownload.getScheme())) {
            try {
                return Files.getLastModifiedTime(Path.of(toDownload)).toMillis();
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException(toDownload.toString());
            } catch (IOException e) {
                throw new CoreException(new Status(IStatus.ERROR, BUNDLE, "cannot read " + toDownload, e));
            }
        }
        try {
            if (toDownload.getScheme() != null && toDownload.getScheme().toLowerCase(java.util.Locale.ROOT)
                    .startsWith("http")) {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(toDownload)
                        .timeout(Duration.ofMinutes(1)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 404 || response.statusCode() == 410) {
                    throw new FileNotFoundException(toDownload.toString());
                }
                return response.headers().firstValue("Last-Modified")
                        .map(d -> java.time.ZonedDateTime
                                .parse(d, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant().toEpochMilli())
                        .orElse(System.currentTimeMillis()); // unknown: treat as new, so p2 reads it afresh
            }
            URLConnection connection = toDownload.toURL().openConnection();
            connection.setUseCaches(false);
            connection.getInputStream().close(); // throws FileNotFoundException for a missing zip entry
            return connection.getLastModified() > 0 ? connection.getLastModified() : System.currentTimeMillis();
        } catch (FileNotFoundException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreException(Status.CANCEL_STATUS);
        } catch (IOException | RuntimeException e) {
            throw new CoreException(new Status(IStatus.ERROR, BUNDLE, "cannot read " + toDownload + ": " + e, e));
        }
    }
}
