// floodctl: the headless tool for scripts, feeds and benchmarks.
#include "app/ctl/ctlregistry.h"

#include <QGuiApplication>
#include <cstdio>

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
