// floodctl(1) and the bash completion from the command registry.
#include "app/ctl/ctlmanual.h"

#include "app/buildinfo.h"
#include "app/ctl/ctlregistry.h"
#include "app/manpage.h"

#include <QRegularExpression>

#include <cstring>

namespace fc::ctl {

namespace {

QString latin(const char *s)
{
    return QString::fromUtf8(s ? s : "");
}

// Hidden options of the program itself, never offered.
bool hidden(const QString &o)
{
    return o == QLatin1String("--man") || o == QLatin1String("--completion");
}

// A synopsis in troff: the command in bold, placeholders (upper-case words) in italics.
QString synopsisTroff(const QString &name, const QString &synopsis)
{
    static const QRegularExpression placeholder(QStringLiteral("\\b([A-Z][A-Z0-9_]*(?:\\.[a-z()|]+)?)"));
    QString s = manpage::text(synopsis);
    s.replace(placeholder, QStringLiteral("\\fI\\1\\fR"));
    return QStringLiteral("\\fB") + manpage::text(name) + QStringLiteral("\\fR ") + s;
}

} // namespace

QList<OptionSpec> optionsOf(const char *synopsis, const char *details)
{
    QList<OptionSpec> r;
    auto add = [&r](const QString &name, const QString &value) {
        for (OptionSpec &o : r)
            if (o.name == name) {
                if (o.value.isEmpty())
                    o.value = value;
                return;
            }
        r.append({name, value});
    };
    // Brackets and parentheses only group: "[--out FILE.csv [--overwrite]]" reads as "--out FILE.csv --overwrite".
    QString syn = latin(synopsis);
    for (const char *g : {"[", "]", "(", ")"})
        syn.replace(QLatin1String(g), QLatin1String(" "));
    const QStringList words = syn.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!words[i].startsWith(QLatin1String("--")) || hidden(words[i]))
            continue;
        const QString next = words.value(i + 1);
        const bool takesValue = !next.isEmpty() && !next.startsWith(QLatin1Char('-')) && next != QLatin1String("|")
                                && next != QLatin1String("...");
        add(words[i], takesValue ? next : QString());
    }
    // Details: one option per line, "  --name VALUE   what it does".
    static const QRegularExpression line(QStringLiteral("^\\s*(--[a-z0-9-]+)(?:[ =]([^\\s-][^\\s]*))?"));
    for (const QString &l : latin(details).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch() && !hidden(m.captured(1)))
            add(m.captured(1), m.captured(2));
    }
    return r;
}

QString manual()
{
    QString m = manpage::header(QStringLiteral("floodctl"), QString::fromLatin1(buildinfo::version()));
    m += QStringLiteral(".SH NAME\nfloodctl \\- FloodCommand's headless tool: operation stores, warnings, gauges, "
                        "dispatch, the intake service\n"
                        ".SH SYNOPSIS\n.B floodctl\n.I COMMAND\n[\\fIARGS\\fR]\n.br\n.B floodctl\n.I COMMAND\n"
                        ".B \\-\\-help\n.br\n.B floodctl \\-\\-help\n.br\n.B floodctl \\-\\-version\n"
                        ".SH DESCRIPTION\n");
    m += manpage::text(QStringLiteral(
        "floodctl works on a FloodCommand operation store without a window: for scripts, the city platform's "
        "feeds, benchmarks and the intake service (floodctl serve, run by systemd as floodctl-serve@OPERATION). "
        "Every command writes in one transaction: bad input changes nothing and the error names the file, line or "
        "feature. floodctl COMMAND --help prints one command's usage."));
    m += QStringLiteral("\n.PP\n");
    m += manpage::text(QStringLiteral(
        "DB is an operation store: a GeoPackage file (.gpkg) or a PostgreSQL server, "
        "postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass)."));
    m += QStringLiteral("\n.SH COMMANDS\n");
    const char *group = nullptr;
    for (const CommandSpec &c : commands()) {
        if (!group || std::strcmp(group, c.group) != 0) {
            group = c.group;
            m += QStringLiteral(".SS ") + manpage::text(latin(group)) + QLatin1Char('\n');
        }
        m += QStringLiteral(".TP\n") + synopsisTroff(latin(c.name), latin(c.synopsis)) + QLatin1Char('\n')
             + manpage::text(latin(c.summary)) + QLatin1Char('\n');
        const QString details = latin(c.details).trimmed();
        if (!details.isEmpty()) {
            // One option or remark per line, kept as lines.
            m += QStringLiteral(".RS\n.nf\n") + manpage::text(details) + QStringLiteral("\n.fi\n.RE\n");
        }
    }
    m += QStringLiteral(
        ".SH OPTIONS\n.TP\n.B \\-\\-help\nWithout a command: every command, grouped. After a command: that command's "
        "usage; nothing is run.\n.TP\n.B \\-\\-version\nThe version, the build (the commit it was built from) and the "
        "Qt and GDAL found at run time.\n"
        ".SH ENVIRONMENT\n.TP\n.B PGPASSWORD\nThe password for a postgresql:// store (or ~/.pgpass, PGPASSFILE).\n"
        ".TP\n.B QT_QPA_PLATFORM\nfloodctl draws without a display (\\fBoffscreen\\fR) unless this is set.\n"
        ".SH FILES\n.TP\n.I /etc/floodcommand/OPERATION.conf\nThe configuration of the intake service "
        "\\fBfloodctl-serve@OPERATION\\fR (floodctl serve \\-\\-config).\n"
        ".TP\n.I /var/lib/floodcommand/OPERATION/\nThe service's working folder (a GeoPackage store, drop folders).\n"
        ".SH EXIT STATUS\n0 on success, 1 when the command failed (the reason on standard error), 2 for bad "
        "arguments; commands that report more name it in their summary.\n"
        ".SH SEE ALSO\n.BR floodcommand (1),\n.BR systemctl (1),\n.BR journalctl (1)\n");
    return m;
}

QString bashCompletion()
{
    QString commandsList;
    QString optionCases, valueCases;
    for (const CommandSpec &c : commands()) {
        const QString name = latin(c.name);
        commandsList += (commandsList.isEmpty() ? QString() : QStringLiteral(" ")) + name;
        QStringList names{QStringLiteral("--help")};
        for (const OptionSpec &o : optionsOf(c.synopsis, c.details)) {
            names.append(o.name);
            if (o.value.isEmpty())
                continue;
            // A choice of lower-case words ("abort|skip") is offered; a file or folder gets file names; any other
            // placeholder (ID, ISO8601, LON,LAT) gets nothing.
            static const QRegularExpression choice(QStringLiteral("^[A-Za-z0-9_]+(\\|[A-Za-z0-9_]+)+$"));
            static const QRegularExpression file(QStringLiteral("(FILE|DIR|OUT|DATA|SRC|DST|\\.)"));
            QString action;
            if (choice.match(o.value).hasMatch())
                action = QStringLiteral("COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))").arg(QString(o.value).replace(QLatin1Char('|'), QLatin1Char(' ')));
            else if (o.value.contains(QLatin1String("DIR")))
                action = QStringLiteral("_filedir -d");
            else if (file.match(o.value).hasMatch())
                action = QStringLiteral("_filedir");
            else
                action = QStringLiteral("COMPREPLY=()");
            valueCases += QStringLiteral("        \"%1 %2\") %3; return ;;\n").arg(name, o.name, action);
        }
        optionCases += QStringLiteral("        %1) opts=\"%2\" ;;\n").arg(name, names.join(QLatin1Char(' ')));
    }
    return QStringLiteral(
               "# bash completion for floodctl: generated from its command registry at build time (do not edit).\n"
               "_floodctl()\n"
               "{\n"
               "    local cur prev words cword\n"
               "    _init_completion || return\n"
               "    if [[ $cword -eq 1 ]]; then\n"
               "        COMPREPLY=($(compgen -W \"%1 --help --version\" -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    case \"${words[1]} $prev\" in\n"
               "%2"
               "    esac\n"
               "    local opts=\"--help\"\n"
               "    case \"${words[1]}\" in\n"
               "%3"
               "    esac\n"
               "    if [[ $cur == -* ]]; then\n"
               "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    _filedir\n"
               "} &&\n"
               "    complete -F _floodctl floodctl\n")
        .arg(commandsList, valueCases, optionCases);
}

} // namespace fc::ctl
