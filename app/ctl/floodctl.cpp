// floodctl: the headless tool for scripts, feeds and benchmarks.
#include "app/ctl/ctlmanual.h"
#include "app/ctl/ctlregistry.h"

#include <QFile>
#include <QGuiApplication>
#include <cstdio>

namespace {

// The build writes the manual page and the bash completion from the registry (hidden: `--man FILE`,
// `--completion bash FILE`).
int writeGenerated(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0 || !f.flush()) {
        std::fprintf(stderr, "floodctl: cannot write %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts and painting without a display
    // Keep our own copy of the arguments: QGuiApplication swallows some (e.g. --style).
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("FloodCommand"));
    QGuiApplication::setApplicationName(QStringLiteral("floodctl"));
    const QStringList args = raw;
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        fc::ctl::printUsage(args.isEmpty());
        return args.isEmpty() ? 2 : 0;
    }
    if (args[0] == QLatin1String("--man") && args.size() == 2)
        return writeGenerated(args[1], fc::ctl::manual());
    if (args[0] == QLatin1String("--completion") && args.size() == 3 && args[1] == QLatin1String("bash"))
        return writeGenerated(args[2], fc::ctl::bashCompletion());
    if (args[0] == QLatin1String("--version"))
        return fc::ctl::command(QStringLiteral("version"))->run({});
    const fc::ctl::CommandSpec *c = fc::ctl::command(args[0]);
    if (!c) {
        std::fprintf(stderr, "floodctl: unknown command '%s'\n", qPrintable(args[0]));
        fc::ctl::printUsage(true);
        return 2;
    }
    // COMMAND --help (or -h) anywhere before a "--": that command's usage, nothing run.
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            fc::ctl::printCommandHelp(*c);
            return 0;
        }
    }
    return c->run(args.mid(1));
}
