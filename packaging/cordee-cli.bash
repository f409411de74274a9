# bash completion for cordee-cli. GPL-3.0-or-later.
# Commands, their subjects, their options, and forum files (*.cordee) where a FILE is expected.

_cordee_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="new demo stats import export assign check synthesize print bench help"

    # The command is the first word after the program; "-v"/"--help" alone take nothing more.
    local command="" i
    for ((i = 1; i < cword; i++)); do
        if [[ ${words[i]} != -* ]]; then
            command=${words[i]}
            break
        fi
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    # Option values.
    case $prev in
    -o | --output)
        case $command in
        synthesize) _filedir '@(pdf|odt|html|md)' ;;
        print) _filedir pdf ;;
        export) _filedir '@(csv|json)' ;;
        *) _filedir ;;
        esac
        return
        ;;
    --from)
        _filedir json
        return
        ;;
    --lang)
        COMPREPLY=($(compgen -W "en fr es" -- "$cur"))
        return
        ;;
    --paper)
        COMPREPLY=($(compgen -W "a4 letter" -- "$cur"))
        return
        ;;
    --encoding)
        COMPREPLY=($(compgen -W "UTF-8 UTF-16LE UTF-16BE Windows-1252" -- "$cur"))
        return
        ;;
    --delimiter)
        COMPREPLY=($(compgen -W ", ; \\\\t" -- "$cur"))
        return
        ;;
    --title | --email | --map | --slot | --seed | --time-limit | --participants | --runs)
        return
        ;;
    esac

    local options subjects=""
    case $command in
    new) options="--title --from" ;;
    demo) options="" ;;
    stats | check) options="--json" ;;
    import)
        subjects="participants proposals"
        options="--json --dry-run --strict --encoding --delimiter --map"
        ;;
    export)
        subjects="participants assignments proposals person"
        options="--output --email"
        ;;
    assign) options="--slot --seed --time-limit --json" ;;
    synthesize) options="--output --lang --paper --by-theme" ;;
    print)
        subjects="attendance programmes badges doors"
        options="--output --slot"
        ;;
    bench)
        subjects="participants import formation synthesis"
        options="--participants --runs --json"
        ;;
    help)
        [[ $cword -eq $((i + 1)) ]] && COMPREPLY=($(compgen -W "${commands% help}" -- "$cur"))
        return
        ;;
    *) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--help $options" -- "$cur"))
        return
    fi

    # Positional arguments after the command: a subject first for the commands that take one, then the
    # forum FILE; import's SOURCE is a spreadsheet.
    local positionals=() j
    for ((j = i + 1; j < cword; j++)); do
        case ${words[j]} in
        -o | --output | --from | --lang | --paper | --encoding | --delimiter | --title | --email | --map | \
            --slot | --seed | --time-limit | --participants | --runs)
            ((j++))
            ;;
        -*) ;;
        *) positionals+=("${words[j]}") ;;
        esac
    done
    local n=${#positionals[@]}
    if [[ -n $subjects ]]; then
        if ((n == 0)); then
            COMPREPLY=($(compgen -W "$subjects" -- "$cur"))
            return
        fi
        [[ $command == bench ]] && return
        ((n--))
    fi
    if ((n == 0)); then
        _filedir cordee
    elif [[ $command == import ]] && ((n == 1)); then
        _filedir '@(csv|tsv|txt|xlsx|ods)'
    fi
} &&
    complete -F _cordee_cli cordee-cli
