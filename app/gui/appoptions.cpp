#include "app/gui/appoptions.h"

#include "app/buildinfo.h"
#include "app/core/base/outputfile.h"
#include "app/manpage.h"
#include "maps/systemmemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace fc {

namespace {

// floodcommand(1), written at build time (`floodcommand --man FILE`) from the same options as --help.
bool writeManual(const QString &path, const QList<QCommandLineOption> &options)
{
    QString m = manpage::header(QStringLiteral("floodcommand"), QString::fromLatin1(buildinfo::version()));
    m += QStringLiteral(".SH NAME\nfloodcommand \\- district flood-control and typhoon command centre\n"
                        ".SH SYNOPSIS\n.B floodcommand\n[\\fIOPTIONS\\fR]\n.SH DESCRIPTION\n");
    m += manpage::text(QStringLiteral(
        "FloodCommand is an offline-first command centre for a district flood-control headquarters: a map of flood "
        "walls, gates, waterlogging-prone roads and hazards, warning signals and response levels, dispatch of "
        "rescue teams, gauges against their thresholds, supplies, shelters and briefings. Without --db it opens "
        "the operation store in the user's data folder (~/.local/share/FloodCommand/floodcommand/operation.gpkg), "
        "created with the demo district on first run. The headless tool for scripts, feeds and the intake "
        "service is floodctl(1)."));
    m += QStringLiteral("\n.SH OPTIONS\n");
    for (const QCommandLineOption &o : options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString &n : o.names())
            names.append(QStringLiteral("\\fB") + manpage::text((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n)
                         + QStringLiteral("\\fR"));
        QString term = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            term += QStringLiteral(" \\fI") + manpage::text(o.valueName()) + QStringLiteral("\\fR");
        m += QStringLiteral(".TP\n") + term + QLatin1Char('\n') + manpage::text(o.description()) + QLatin1Char('\n');
    }
    m += QStringLiteral(
        ".SH ENVIRONMENT\n.TP\n.B QT_QPA_PLATFORM\nThe display platform; --screenshot sets \\fBoffscreen\\fR when it is unset.\n"
        ".TP\n.B PGPASSWORD\nThe password for a postgresql:// store (or ~/.pgpass).\n"
        ".SH FILES\n.TP\n.I ~/.local/share/FloodCommand/floodcommand/operation.gpkg\nThe default operation store.\n"
        ".TP\n.I ~/.config/FloodCommand/floodcommand.conf\nSettings: language, theme, the feed endpoint of a single-seat operation.\n"
        ".SH EXIT STATUS\n0 on success; 1 when the store cannot be opened or a screenshot cannot be written; 2 for bad "
        "options.\n.SH SEE ALSO\n.BR floodctl (1)\n");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(m.toUtf8()) > 0 && f.flush();
}

} // namespace

AppOptions AppOptions::parse(const QStringList &args, int *exitCode)
{
    *exitCode = -1;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("AppOptions", "FloodCommand flood-control and typhoon command centre"));
    p.addHelpOption();
    const QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("AppOptions", "Print the version and exit."));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("AppOptions", "Operation store (GeoPackage) to open."), QStringLiteral("FILE"));
    const QCommandLineOption create(QStringLiteral("create"), QCoreApplication::translate("AppOptions", "Create the --db store (and its folders) if it does not exist; without it a missing store is refused (asked in the window)."));
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("AppOptions", "Open the bundled demo district (sample data)."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("AppOptions", "Interface language: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption wall(QStringLiteral("wall"), QCoreApplication::translate("AppOptions", "Wall display: full screen, large type, dark theme."));
    const QCommandLineOption light(QStringLiteral("light"), QCoreApplication::translate("AppOptions", "Start with the light (office) theme."));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QCoreApplication::translate("AppOptions", "Render the main window offscreen after the first complete map frame, save it as PNG and exit."), QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("AppOptions", "Window size for --screenshot, e.g. 1920x1080."), QStringLiteral("WxH"));
    const QCommandLineOption replay(QStringLiteral("replay-at"), QCoreApplication::translate("AppOptions", "Open the store replaying (paused) at this time, ISO 8601 with offset, e.g. 2024-09-16T14:00:00+08:00."), QStringLiteral("TIME"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QCoreApplication::translate("AppOptions", "Open the store read-only (briefings): nothing can be changed through this window."));
    const QCommandLineOption screens(QStringLiteral("screens"), QCoreApplication::translate("AppOptions", "With --wall: the built-in layout for N screens (1 to 3); offscreen, N windows (one image each with --screenshot)."), QStringLiteral("N"));
    const QCommandLineOption wallLayout(QStringLiteral("wall-layout"), QCoreApplication::translate("AppOptions", "With --wall: the wall layout file (JSON; see resources/walls) to use on this machine (remembered)."), QStringLiteral("FILE"));
    QCommandLineOption man(QStringLiteral("man"), QStringLiteral("Write the manual page (build step)."), QStringLiteral("FILE"));
    man.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions({version, db, create, demo, lang, wall, light, shot, size, replay, readOnly, screens, wallLayout, man});
    if (!p.parse(args)) {
        std::fprintf(stderr, "%s\n", qPrintable(p.errorText()));
        *exitCode = 2;
        return {};
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(p.helpText()));
        *exitCode = 0;
        return {};
    }
    if (p.isSet(version)) {
        std::fprintf(stdout, "%s\n", qPrintable(buildinfo::versionLine("floodcommand")));
        *exitCode = 0;
        return {};
    }
    if (p.isSet(man)) {
        QList<QCommandLineOption> all{QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                                         QStringLiteral("Print the options and exit."))};
        all += {version, db, create, demo, lang, wall, light, shot, size, replay, readOnly, screens, wallLayout, man};
        const bool ok = writeManual(p.value(man), all);
        if (!ok)
            std::fprintf(stderr, "--man: cannot write %s\n", qPrintable(p.value(man)));
        *exitCode = ok ? 0 : 1;
        return {};
    }
    AppOptions o;
    o.db = p.value(db);
    o.demo = p.isSet(demo);
    o.create = p.isSet(create);
    o.lang = p.value(lang);
    if (!o.lang.isEmpty() && o.lang != QLatin1String("zh_CN") && o.lang != QLatin1String("en")) {
        std::fprintf(stderr, "--lang: expected zh_CN or en, got '%s'\n", qPrintable(o.lang));
        *exitCode = 2;
        return {};
    }
    o.wall = p.isSet(wall);
    if ((p.isSet(screens) || p.isSet(wallLayout)) && !o.wall) {
        std::fprintf(stderr, "--screens and --wall-layout go with --wall\n");
        *exitCode = 2;
        return {};
    }
    if (p.isSet(screens) && p.isSet(wallLayout)) {
        std::fprintf(stderr, "--screens and --wall-layout: give one of them\n");
        *exitCode = 2;
        return {};
    }
    if (p.isSet(screens)) {
        bool ok = false;
        o.screens = p.value(screens).toInt(&ok);
        if (!ok || o.screens < 1 || o.screens > 16) {
            std::fprintf(stderr, "--screens: expected a number of screens 1..16, got '%s'\n", qPrintable(p.value(screens)));
            *exitCode = 2;
            return {};
        }
    }
    o.wallLayout = p.value(wallLayout);
    o.readOnly = p.isSet(readOnly);
    o.light = p.isSet(light) && !o.wall;
    o.screenshot = p.value(shot);
    QString formatError;
    if (!o.screenshot.isEmpty() && OutputFile::imageFormat(o.screenshot, &formatError).isEmpty()) {
        std::fprintf(stderr, "--screenshot: %s\n", qPrintable(formatError));
        *exitCode = 2;
        return {};
    }
    if (p.isSet(replay)) {
        o.replayAt = QDateTime::fromString(p.value(replay), Qt::ISODate);
        if (!o.replayAt.isValid() || o.replayAt.timeSpec() == Qt::LocalTime) {
            std::fprintf(stderr, "--replay-at: expected an ISO 8601 time with offset (e.g. 2024-09-16T14:00:00+08:00), got '%s'\n",
                         qPrintable(p.value(replay)));
            *exitCode = 2;
            return {};
        }
    }
    if (p.isSet(size)) {
        const QStringList wh = p.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 320 || h < 240 || w > 16384 || h > 16384) {
            std::fprintf(stderr, "--size: expected WxH between 320x240 and 16384x16384, got '%s'\n", qPrintable(p.value(size)));
            *exitCode = 2;
            return {};
        }
        o.size = QSize(w, h);
        // The window's backing store, the map frame, the grab and its PNG: about four images of this
        // size, plus the render's region buffers. Refuse what the machine cannot hold.
        const qint64 need = qint64(w) * h * 4 * 4 + (qint64(512) << 20);
        const qint64 have = SystemMemory::availableBytes();
        if (have >= 0 && need > have) {
            std::fprintf(stderr, "--size: a %d x %d window needs about %.1f GiB of memory; only %.1f GiB is available\n", w, h,
                         double(need) / double(1 << 30), double(have) / double(1 << 30));
            *exitCode = 1;
            return {};
        }
    }
    return o;
}

} // namespace fc
