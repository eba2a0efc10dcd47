package org.spikeflow.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.engine.NodeRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code spikeflow completion bash|zsh}: a shell completion script for the installed commands, their options, node type
 * ids after {@code describe}, fixed choices such as {@code --scheme euler|rk4} and the values commands offer for their
 * options ({@link BatchCommand#optionValues()}, e.g. preset names after {@code --preset}). The options and choices come
 * from each command's usage text (one place), the node ids and option values are written into the script; workflow
 * variables after {@code --var} are read from the workflow file named on the command line when completing
 * ({@code spikeflow completion --variables FILE}).
 */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=completion")
public final class CompletionCommand implements BatchCommand {
    static final String VARIABLES = "--variables";

    /** An option in a usage text: {@code --name} not inside a longer word. */
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");
    /** An option with fixed choices in a usage text, e.g. {@code --scheme euler|rk4} or {@code [--json]}. */
    private static final Pattern CHOICES = Pattern
            .compile("(?<![\\w-])(--[a-z][a-z0-9-]*)[ =]\\[?([a-z0-9]+(?:\\|[a-z0-9]+)+)");

    private final List<BatchCommand> commands = new CopyOnWriteArrayList<>();

    @Reference
    private NodeRepository repository;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCommand(BatchCommand command) {
        commands.add(command);
    }

    void removeCommand(BatchCommand command) {
        commands.remove(command);
    }

    @Override
    public String name() {
        return "completion";
    }

    @Override
    public String summary() {
        return "Print a bash or zsh completion script";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow completion bash|zsh

                Prints a completion script for commands, options, node type ids (describe), preset names
                (--preset), choices such as --scheme, and the variables of the workflow being run (--var).
                  bash:  source <(./spikeflow completion bash)         (add it to ~/.bashrc to keep it)
                  zsh:   source <(./spikeflow completion zsh)          (or save it as _spikeflow in your $fpath)
                The script names the nodes and presets installed now: generate it again after installing more.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 2 && args.get(0).equals(VARIABLES)) {
            variables(Path.of(args.get(1))).forEach(out::println);
            return BatchExitCodes.SUCCESS;
        }
        if (args.size() != 1 || !(args.get(0).equals("bash") || args.get(0).equals("zsh"))) {
            err.println("spikeflow completion: expected 'bash' or 'zsh'" + (args.isEmpty()
                    ? ""
                    : ", got "
                            + String.join(" ", args)));
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        out.print(args.get(0).equals("bash") ? bash() : zsh());
        return BatchExitCodes.SUCCESS;
    }

    /** The names of the workflow variables a file declares; none if it cannot be read (completion stays quiet). */
    static List<String> variables(Path workflow) {
        List<String> names = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(workflow));
            for (JsonNode variable : root.path("variables")) {
                if (variable.path("name").isTextual()) {
                    names.add(variable.path("name").asText());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a readable workflow: nothing to complete
        }
        return names;
    }

    // ------------------------------------------------------------------------------------------------ the scripts

    /** The installed commands, this one included (Declarative Services never binds a component to itself). */
    private List<BatchCommand> sortedCommands() {
        return Stream.concat(commands.stream().filter(c -> c != this), Stream.of(this))
                .sorted(Comparator.comparing(BatchCommand::name)).toList();
    }

    /** Each command's options, from its usage text. */
    private Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        for (BatchCommand command : sortedCommands()) {
            TreeSet<String> found = new TreeSet<>();
            Matcher matcher = OPTION.matcher(command.usage());
            while (matcher.find()) {
                found.add(matcher.group());
            }
            found.add("--help");
            options.put(command.name(), String.join(" ", found));
        }
        return options;
    }

    /** Options with fixed choices, over all commands (an option name means the same in every command). */
    private Map<String, String> choices() {
        Map<String, String> choices = new java.util.TreeMap<>();
        for (BatchCommand command : sortedCommands()) {
            Matcher matcher = CHOICES.matcher(command.usage());
            while (matcher.find()) {
                choices.putIfAbsent(matcher.group(1), matcher.group(2).replace('|', ' '));
            }
        }
        return choices;
    }

    private String commandNames() {
        return String.join(" ", sortedCommands().stream().map(BatchCommand::name).toList());
    }

    private String nodeIds() {
        return String.join(" ", repository.getFactories().stream().map(NodeFactory::getId).sorted().toList());
    }

    /** The values commands offer for options without fixed choices in their usage (e.g. preset names). */
    private Map<String, String> offeredValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (BatchCommand command : sortedCommands()) {
            command.optionValues().forEach((option, offered) -> values.putIfAbsent(option, String.join(" ", offered)));
        }
        return values;
    }

    private String header(String shell) {
        return "# " + shell + " completion for spikeflow, generated by 'spikeflow completion " + shell + "' (Spikeflow "
                + SpikeflowInstallation.version() + "); regenerate it after installing nodes.\n";
    }

    /**
     * Appends a shell function that answers its first argument with the value the tables give for it: one case
     * {@code key<before>value<after>} per entry, then {@code *) <otherwise> ;;} unless {@code otherwise} is null.
     */
    @SafeVarargs
    private static void caseFunction(StringBuilder s, String name, String before, String after, String otherwise,
            Map<String, String>... tables) {
        s.append(name).append("() {\n  case \"$1\" in\n");
        for (Map<String, String> table : tables) {
            table.forEach((key, value) -> s.append("    ").append(key).append(before).append(value).append(after)
                    .append("\n"));
        }
        if (otherwise != null) {
            s.append("    *) ").append(otherwise).append(" ;;\n");
        }
        s.append("  esac\n}\n");
    }

    /** Bash 3.2 (macOS) compatible: no associative arrays, compopt only where it exists. */
    String bash() {
        StringBuilder s = new StringBuilder(header("bash"));
        caseFunction(s, "_spikeflow_options", ") echo '", "' ;;", null, options());
        caseFunction(s, "_spikeflow_choices", ") echo '", "' ;;", "return 1", choices(), offeredValues());
        s.append("""
                _spikeflow() {
                  local cur prev cmd flow word i values
                  cur="${COMP_WORDS[COMP_CWORD]}"
                  prev="${COMP_WORDS[COMP_CWORD-1]}"
                  cmd=""
                  flow=""
                  for ((i = 1; i < COMP_CWORD; i++)); do
                    word="${COMP_WORDS[i]}"
                    case "$word" in
                      -*) ;;
                      *.spikeflow.json) flow="$word" ;;
                      *) if [ -z "$cmd" ]; then cmd="$word"; fi ;;
                    esac
                  done
                  COMPREPLY=()
                  if [ -z "$cmd" ]; then
                    COMPREPLY=($(compgen -W '%s --version --help' -- "$cur"))
                    return 0
                  fi
                  if [ "$prev" = "--var" ]; then
                    if [ -n "$flow" ]; then
                      values="$("${COMP_WORDS[0]}" completion --variables "$flow" 2>/dev/null)"
                      COMPREPLY=($(compgen -S = -W "$values" -- "$cur"))
                      if type compopt >/dev/null 2>&1; then compopt -o nospace 2>/dev/null; fi
                    fi
                    return 0
                  fi
                  if values="$(_spikeflow_choices "$prev")"; then
                    COMPREPLY=($(compgen -W "$values" -- "$cur"))
                    return 0
                  fi
                  case "$cur" in
                    -*) COMPREPLY=($(compgen -W "$(_spikeflow_options "$cmd")" -- "$cur")); return 0 ;;
                  esac
                  case "$cmd" in
                    describe) COMPREPLY=($(compgen -W '%s' -- "$cur")) ;;
                    help) COMPREPLY=($(compgen -W '%s' -- "$cur")) ;;
                    completion) COMPREPLY=($(compgen -W 'bash zsh' -- "$cur")) ;;
                  esac
                  return 0
                }
                complete -o default -F _spikeflow spikeflow ./spikeflow
                """.formatted(commandNames(), nodeIds(), commandNames()));
        return s.toString();
    }

    String zsh() {
        StringBuilder s = new StringBuilder("#compdef spikeflow\n").append(header("zsh"));
        caseFunction(s, "_spikeflow_options", ") reply=(", ") ;;", "reply=()", options());
        caseFunction(s, "_spikeflow_choices", ") reply=(", ") ;;", "return 1", choices(), offeredValues());
        s.append(
                """
                        _spikeflow() {
                          local cur prev cmd flow word
                          local -a reply
                          cur="${words[CURRENT]}"
                          prev="${words[CURRENT-1]}"
                          cmd=""
                          flow=""
                          for word in "${(@)words[2,CURRENT-1]}"; do
                            case "$word" in
                              -*) ;;
                              *.spikeflow.json) flow="$word" ;;
                              *) [[ -z "$cmd" ]] && cmd="$word" ;;
                            esac
                          done
                          if [[ -z "$cmd" ]]; then
                            compadd -- %s --version --help
                            return
                          fi
                          if [[ "$prev" == --var ]]; then
                            [[ -n "$flow" ]] && compadd -S = -- ${(f)"$(${words[1]} completion --variables "$flow" 2>/dev/null)"}
                            return
                          fi
                          if _spikeflow_choices "$prev"; then
                            compadd -a reply
                            return
                          fi
                          if [[ "$cur" == -* ]]; then
                            _spikeflow_options "$cmd"
                            compadd -a reply
                            return
                          fi
                          case "$cmd" in
                            describe) compadd -- %s ;;
                            help) compadd -- %s ;;
                            completion) compadd -- bash zsh ;;
                            *) _files ;;
                          esac
                        }
                        if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
                          _spikeflow "$@"
                        else
                          compdef _spikeflow spikeflow ./spikeflow
                        fi
                        """
                        .formatted(commandNames(), nodeIds(), commandNames()));
        return s.toString();
    }
}
