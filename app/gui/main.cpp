// floodcommand: the GUI.
#include "app/gui/appoptions.h"
#include "app/core/base/outputfile.h"
#include "app/gui/mainwindow.h"
#include "app/gui/wallstart.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/common/theme.h"
#include "widgets/panels/panel.h"
#include "widgets/common/viewsready.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace fc;

namespace {

void installTranslators(QApplication &app, const QString &lang)
{
    if (lang != QLatin1String("zh_CN"))
        return;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/floodcommand_zh_CN.qm")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    // The screenshot mode needs no display.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    // Options first: --help, --version and bad arguments answer without a display (no GUI application yet).
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    int exitCode = -1;
    AppOptions options = AppOptions::parse(args, &exitCode);
    if (exitCode >= 0)
        return exitCode;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FloodCommand"));
    QApplication::setApplicationName(QStringLiteral("floodcommand"));
    QApplication::setApplicationVersion(QStringLiteral(FC_VERSION));

    QSettings settings;
    QString lang = options.lang;
    if (lang.isEmpty())
        lang = settings.value(QStringLiteral("ui/language")).toString();
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Chinese || QLocale::system().name() == QLatin1String("C")
                   ? QStringLiteral("zh_CN")
                   : QStringLiteral("en");
    installTranslators(app, lang);
    if (!options.wall && !options.light && options.screenshot.isEmpty())
        options.light = settings.value(QStringLiteral("ui/theme")).toString() == QLatin1String("light");
    Theme::apply(app, options.light ? MapTheme::Light : MapTheme::Dark, options.wall);

    // --demo without --db: a fresh operation store filled with the demo district, so every panel (warnings,
    // incidents, gauges) works on it; it lives in a temporary folder and is discarded on exit.
    QTemporaryDir demoDir;
    if (options.db.isEmpty() && options.demo && demoDir.isValid())
        options.db = demoDir.filePath(QStringLiteral("demo-operation.gpkg"));
    if (options.db.isEmpty() && !options.demo) {
        // The default store in the user's data folder; on first run it is created with the demo district.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        options.db = QDir(dir).filePath(QStringLiteral("operation.gpkg"));
        options.defaultDb = true;
    }

    MainWindow window(options);
    if (options.wall) {
        // The wall: one window per screen (wall/), fed by this window's operation; it stays hidden.
        if (!startWall(window))
            return 2;
    } else if (!options.screenshot.isEmpty()) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(options.size);
        window.show();
        const QString out = options.screenshot;
        // Grab when every view has its data (the latest readings, the replayed state), not at the first frame.
        auto *views = new ViewsReady(window.canvas(), window.findChildren<Panel *>(), &window);
        QObject::connect(window.canvas(), &MapCanvas::firstFrameReady, views, &ViewsReady::start);
        QObject::connect(views, &ViewsReady::ready, &window, [&window, out] {
            // Let pending layout and paint events settle, then grab the whole window (a replayed map is rebuilt
            // off the GUI thread after the store opens: give it a moment to reach the map).
            QTimer::singleShot(window.options().replayAt.isValid() ? 1500 : 50, &window, [&window, out] {
                QString error;
                const bool ok = OutputFile::saveImage(window.grab().toImage(), out, &error);
                if (ok)
                    std::fprintf(stdout, "screenshot saved: %s (first frame %lld ms)\n", qPrintable(out),
                                 static_cast<long long>(window.canvas()->lastRenderMs()));
                else
                    std::fprintf(stderr, "screenshot: %s\n", qPrintable(error));
                QApplication::exit(ok ? 0 : 1);
            });
        });
        QObject::connect(&window, &MainWindow::dataLoaded, &window, [&window](bool ok) {
            if (!ok) {
                std::fprintf(stderr, "map data could not be loaded: %s\n", qPrintable(window.loadError()));
                QApplication::exit(1);
            }
        });
        QTimer::singleShot(60000, &app, [&window] {
            QStringList waiting;
            for (Panel *p : window.findChildren<Panel *>())
                if (!p->isReady())
                    waiting.append(QString::fromLatin1(p->metaObject()->className()));
            std::fprintf(stderr, "screenshot: no complete map frame with every view's data within 60 s%s\n",
                         waiting.isEmpty() ? "" : qPrintable(QStringLiteral(" (waiting for ") + waiting.join(QStringLiteral(", ")) + QLatin1Char(')')));
            QApplication::exit(1);
        });
    } else {
        window.show();
    }
    window.loadData();
    return app.exec();
}
