#include "app/gui/wallstart.h"

#include "app/gui/bookmarkactions.h"
#include "app/gui/mainwindow.h"
#include "app/core/base/outputfile.h"
#include "app/core/live/operation.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/wall/wallcontroller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace fc {

namespace {

// The layout this machine uses: the file given (remembered), the built-in one for --screens N (remembered), the one
// remembered, or the built-in one for the screens there are.
bool chooseLayout(const AppOptions &o, WallLayout *layout, QString *error)
{
    QSettings s;
    const bool remember = o.screenshot.isEmpty();
    if (!o.wallLayout.isEmpty()) {
        if (!WallLayout::load(o.wallLayout, layout, error))
            return false;
        if (remember)
            s.setValue(QStringLiteral("wall/layout_file"), QFileInfo(o.wallLayout).absoluteFilePath());
        return true;
    }
    if (o.screens > 0) {
        *layout = WallLayout::builtIn(o.screens);
        if (remember) {
            s.remove(QStringLiteral("wall/layout_file"));
            s.setValue(QStringLiteral("wall/layout"), layout->name);
        }
        return true;
    }
    if (remember) {
        const QString file = s.value(QStringLiteral("wall/layout_file")).toString();
        if (!file.isEmpty())
            return WallLayout::load(file, layout, error);
        const QString name = s.value(QStringLiteral("wall/layout")).toString();
        if (!name.isEmpty())
            return WallLayout::find(name, layout, error);
    }
    *layout = WallLayout::builtIn(int(QGuiApplication::screens().size()));
    return true;
}

QString numbered(const QString &out, int i)
{
    const QFileInfo f(out);
    return f.dir().filePath(QStringLiteral("%1-%2.%3").arg(f.completeBaseName()).arg(i).arg(f.suffix()));
}

} // namespace

bool startWall(MainWindow &window)
{
    const AppOptions &o = window.options();
    WallLayout layout;
    QString error;
    if (!chooseLayout(o, &layout, &error)) {
        std::fprintf(stderr, "wall layout: %s\n", qPrintable(error));
        return false;
    }
    if (o.screenshot.isEmpty())
        WallLayout::installUserCopies();
    // The main window stays hidden: it owns the operation and loads the map layers the wall's maps draw.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(320, 240);
    WallContext ctx;
    ctx.operation = window.operation();
    ctx.registry = window.canvas()->registry();
    MapCanvas *canvas = window.canvas();
    ctx.fullExtent = [canvas] { return canvas->fullExtent(); };
    auto *wall = new WallController(ctx, &window);
    wall->setBookmarkLookup([](const QString &name, Extent *out) {
        for (const BookmarkActions::Bookmark &b : BookmarkActions::load())
            if (b.name == name) {
                *out = Extent::fromCenter({b.x, b.y}, b.resolution * 1600, b.resolution * 900);
                return true;
            }
        return false;
    });
    wall->setWallName(QSettings().value(QStringLiteral("wall/name")).toString());
    wall->setLayout(layout);
    QObject::connect(window.operation(), &Operation::storeChanged, wall, &WallController::setStore);
    const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
    if (!o.screenshot.isEmpty() || offscreen)
        wall->useVirtualScreens(o.screens > 0 ? o.screens : int(layout.screens.size()), o.size, !o.screenshot.isEmpty());
    else
        wall->useRealScreens();
    QObject::connect(&window, &MainWindow::dataLoaded, wall, [wall](bool ok) {
        if (ok)
            wall->mapDataLoaded();
        else
            qWarning("wall: the map data could not be loaded");
    });
    if (o.screenshot.isEmpty())
        return true;

    // Screenshots: when every view has shown its data for a few checks in a row, one image per window.
    const QString out = o.screenshot;
    auto *poll = new QTimer(wall);
    auto *since = new QElapsedTimer;
    since->start();
    auto stable = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, wall, [wall, poll, out, stable, since, &window] {
        *stable = wall->allReady() ? *stable + 1 : 0;
        if (since->elapsed() > 120000) {
            QStringList waiting;
            for (WallView *v : wall->views())
                if (!v->isReady())
                    waiting.append(v->kind());
            std::fprintf(stderr, "screenshot: the wall's views did not all show their data within 120 s (waiting for %s)\n",
                         qPrintable(waiting.join(QStringLiteral(", "))));
            QApplication::exit(1);
            return;
        }
        if (*stable < 5)
            return;
        poll->stop();
        bool ok = true;
        const QList<WallWindow *> windows = wall->windows();
        for (int i = 0; i < windows.size(); ++i) {
            QString e;
            const QString file = numbered(out, i + 1);
            if (OutputFile::saveImage(windows[i]->grab().toImage(), file, &e))
                std::fprintf(stdout, "screenshot saved: %s\n", qPrintable(file));
            else {
                std::fprintf(stderr, "screenshot: %s\n", qPrintable(e));
                ok = false;
            }
        }
        Q_UNUSED(window);
        QApplication::exit(ok ? 0 : 1);
    });
    poll->start(o.replayAt.isValid() ? 300 : 100);
    return true;
}

} // namespace fc
