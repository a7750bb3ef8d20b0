// The command-room wall: layouts as data (built in and bad files), the readability rule worked by hand and measured on
// the offscreen 3-screen wall at 3840x2160 (font and glyph sizes through the pixel pitch, contrast of every text and
// signal colour pair it draws), nothing blinking faster than 1 Hz, a screen pulled and put back, a dialog kept off the
// wall, the steering of the map from a command and the kiosk rotation pausing on it, the ticker following the services.
#include "app/core/base/clock.h"
#include "app/core/district/demooperation.h"
#include "app/core/district/floodlayers.h"
#include "app/core/live/operation.h"
#include "app/core/live/warningservice.h"
#include "app/core/models/teamboardmodel.h"
#include "app/core/rules/warningsignal.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "maps/layerregistry.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"
#include "widgets/common/theme.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/panels/warningbanner.h"
#include "widgets/wall/wallcontroller.h"

#include <QApplication>
#include <QMessageBox>
#include <QMouseEvent>
#include <QWindow>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fc;

namespace {

// Rows of `img` inside `r` holding a pixel brighter than `threshold` (luminance 0..255): first and last, -1 when none.
QPair<int, int> inkRows(const QImage &img, const QRect &r, int threshold)
{
    int first = -1, last = -1;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (qGray(p) > threshold) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    return {first, last};
}

// The ink height of `text` drawn in `font`, white on black (pixels).
int inkHeight(const QFont &font, const QString &text)
{
    const QFontMetrics fm(font);
    QImage img(fm.horizontalAdvance(text) + 20, fm.height() * 2, QImage::Format_RGB32);
    img.fill(Qt::black);
    QPainter p(&img);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(10, fm.height(), text);
    p.end();
    const auto rows = inkRows(img, img.rect(), 128);
    return rows.first < 0 ? 0 : rows.second - rows.first + 1;
}

} // namespace

class TstWall : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Theme::apply(*qApp, MapTheme::Dark, true);
    }

    // The built-in layouts read, with the screens and views the issue names.
    void builtInLayouts()
    {
        for (int n = 1; n <= 3; ++n) {
            const WallLayout l = WallLayout::builtIn(n);
            QCOMPARE(l.name, QStringLiteral("wall-%1").arg(n));
            QCOMPARE(l.screens.size(), n);
            QVERIFY(l.viewCount() >= 5);
            QVERIFY(l.rotationSeconds >= 5);
        }
        QSet<QString> kinds;
        for (const WallScreenSpec &s : WallLayout::builtIn(3).screens)
            for (const WallViewSpec &v : s.views)
                kinds.insert(v.view);
        QCOMPARE(kinds, QSet<QString>(WallLayout::viewKinds().cbegin(), WallLayout::viewKinds().cend()));
        // More screens than built-in layouts: the 3-screen one.
        QCOMPARE(WallLayout::builtIn(5).name, QStringLiteral("wall-3"));
    }

    // Bad layouts are refused with the file, the line or the screen and view named.
    void badLayouts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n\"name\": \"x\",\n\"screens\": [\n}") << QStringLiteral("bad.json, line 4");
        QTest::newRow("no name") << QByteArray(R"({"screens": [{"views": [{"view": "map"}]}]})") << QStringLiteral("no \"name\"");
        QTest::newRow("unknown view")
            << QByteArray(R"({"name": "x", "screens": [{"views": [{"view": "map"}]}, {"views": [{"view": "radar"}]}]})")
            << QStringLiteral("screen 2, view 1: unknown view 'radar'");
        QTest::newRow("outside grid")
            << QByteArray(R"({"name": "x", "screens": [{"rows": [1, 2], "views": [{"view": "map", "row": 2}]}]})")
            << QStringLiteral("lies outside the screen's 2 x 1 grid");
        QTest::newRow("overlap")
            << QByteArray(R"({"name": "x", "screens": [{"columns": [1, 1], "views": [{"view": "map", "columnSpan": 2}, {"view": "ticker", "column": 1}]}]})")
            << QStringLiteral("screen 1, view 2 (ticker): overlaps");
        QTest::newRow("rotation")
            << QByteArray(R"({"name": "x", "screens": [{"views": [{"view": "map"}]}], "rotation": {"seconds": 2}})")
            << QStringLiteral("at least 5");
    }
    void badLayouts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        WallLayout l;
        l.name = QStringLiteral("unchanged");
        QString e;
        QVERIFY(!WallLayout::fromJson(json, QStringLiteral("bad.json"), &l, &e));
        QVERIFY2(e.contains(expected), qPrintable(e));
        QVERIFY2(e.startsWith(QStringLiteral("bad.json")), qPrintable(e));
        QCOMPARE(l.name, QStringLiteral("unchanged"));
    }

    // Worked by hand: an 86" 4K panel has 0.49 mm pixels; at 6 m key figures are 6000/250 = 24 mm = 48.98 -> 49 px
    // high, body text 12 mm = 24.49 -> 25 px; at 8 m on a 0.63 mm panel: 32 mm = 50.79 -> 51 px, 16 mm -> 26 px.
    // Contrast (WCAG 2): white on black (1.05 / 0.05) = 21; #777777 on white: 0.2126+0.7152+0.0722 = 1 times
    // ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845, (1.05) / (0.2345) = 4.48.
    void metricsByHand()
    {
        WallMetrics m;
        QCOMPARE(m.keyGlyphPx(), 49);
        QCOMPARE(m.bodyGlyphPx(), 25);
        m.pitchMm = 0.63;
        m.distanceM = 8;
        QCOMPARE(m.keyGlyphPx(), 51);
        QCOMPARE(m.bodyGlyphPx(), 26);
        QVERIFY(std::abs(WallMetrics::contrastRatio(Qt::white, Qt::black) - 21.0) < 1e-9);
        QVERIFY(std::abs(WallMetrics::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        QVERIFY(std::abs(WallMetrics::relativeLuminance(QColor(0x77, 0x77, 0x77)) - 0.1845) < 0.0005);
        // Settings: the pitch and the distance of this wall.
        QSettings().setValue(QStringLiteral("wall/pitch_mm"), 0.63);
        QSettings().setValue(QStringLiteral("wall/distance_m"), 8);
        QCOMPARE(WallMetrics::fromSettings().keyGlyphPx(), 51);
        QSettings().remove(QStringLiteral("wall"));
        QCOMPARE(WallMetrics::fromSettings().keyGlyphPx(), 49);
    }

    // Every text and signal colour pair the wall draws on the dark theme reads at 4.5:1 or better.
    void contrast()
    {
        const QColor panel = WallColours::panel();
        QVERIFY(WallMetrics::contrastRatio(WallColours::text(), panel) >= 4.5);
        QVERIFY(WallMetrics::contrastRatio(WallColours::dimText(), panel) >= 4.5);
        QVERIFY(WallMetrics::contrastRatio(WallColours::text(), QColor(0x16, 0x1e, 0x2a)) >= 4.5); // striped rows
        for (const QString &c : WarningSignal::colours()) {
            const double badge = WallMetrics::contrastRatio(WallColours::signalInk(c), WallColours::signalFill(c));
            QVERIFY2(badge >= 4.5, qPrintable(QStringLiteral("%1 badge %2").arg(c).arg(badge)));
            const double asText = WallMetrics::contrastRatio(WallColours::signalText(c), panel);
            QVERIFY2(asText >= 4.5, qPrintable(QStringLiteral("%1 as text %2").arg(c).arg(asText)));
        }
        // Chips: the fill with the better of the two inks (dark #101010, white), as the wall paints them.
        auto chip = [](const QColor &fill) {
            return std::max(WallMetrics::contrastRatio(fill, QColor(0x10, 0x10, 0x10)), WallMetrics::contrastRatio(fill, Qt::white));
        };
        for (const char *s : {"available", "standing_watch", "dispatched", "en_route", "on_scene", "returning", "off_duty"})
            QVERIFY2(chip(TeamBoardModel::statusColour(QString::fromLatin1(s))) >= 4.5, s);
        for (const QString &l : ResponseLevel::all())
            QVERIFY2(chip(ResponseLevel::colour(l)) >= 4.5, qPrintable(l));
        QVERIFY(chip(BannerContent::replayColour()) >= 4.5);
        QVERIFY(chip(QColor(0xb0, 0x1c, 0x1c)) >= 4.5); // overdue
        QVERIFY(chip(QColor(0x2c, 0x3a, 0x4e)) >= 4.5); // neutral
        // The connection line when the server is lost: white on #b71c1c.
        QVERIFY(WallMetrics::contrastRatio(Qt::white, QColor(0xb7, 0x1c, 0x1c)) >= 4.5);
    }

    // The 3-screen wall at 3840x2160 on the demo operation: sizes as the rule asks, measured.
    void threeScreens()
    {
        QString error;
        auto store = DemoOperation::createStore(m_dir.filePath(QStringLiteral("wall.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        Operation op;
        Store *s = store.get();
        op.setStore(std::move(store));
        LayerRegistry registry;
        auto read = s->readLayers(Schema::featureKinds());
        read.waitForFinished();
        QVERIFY2(read.result().ok, qPrintable(read.result().error));
        const QList<VectorLayer *> layers = FloodLayers::createLayers(read.result().layers, MapTheme::Dark, &registry);
        Extent full;
        for (VectorLayer *l : layers)
            if (l->store() && l->store()->count())
                full.include(l->store()->extent());
        WallContext ctx{&op, &registry, [full] { return full; }};
        WallController wall(ctx);
        wall.setLayout(WallLayout::builtIn(3));
        wall.setStore(s);
        wall.useVirtualScreens(3, QSize(3840, 2160), true);
        registry.setLayers(QList<MapLayer *>(layers.cbegin(), layers.cend()));
        wall.mapDataLoaded();
        QCOMPARE(wall.windowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(wall.allReady(), 60000);
        QTest::qWait(300);

        const WallMetrics m = wall.metrics();
        const int key = m.keyGlyphPx(), body = m.bodyGlyphPx();
        QCOMPARE(key, 49);
        for (WallView *v : wall.views()) {
            QVERIFY(v->keyFont().pixelSize() > 0 && v->bodyFont().pixelSize() > 0); // sized in pixels, from the metrics
            // The fonts the view paints with: digits and capitals at least the rule's height (ink measured).
            const int kh = inkHeight(v->keyFont(), QStringLiteral("0123456789EH"));
            const int bh = inkHeight(v->bodyFont(), QStringLiteral("EH"));
            QVERIFY2(m.toMm(kh) >= m.keyHeightMm() - m.pitchMm, qPrintable(QStringLiteral("%1 key %2 px").arg(v->kind()).arg(kh)));
            QVERIFY2(m.toMm(bh) >= m.bodyHeightMm() - m.pitchMm, qPrintable(QStringLiteral("%1 body %2 px").arg(v->kind()).arg(bh)));
            // Chinese characters are at least as tall as the capitals.
            QVERIFY(inkHeight(v->bodyFont(), QStringLiteral("区排水抢险队")) >= bh);
        }
        // Map labels: the smallest label font, at the wall map's symbol scale, has capitals of body height or more.
        for (WallMapView *map : wall.viewsOf<WallMapView>()) {
            QFont f = QApplication::font();
            f.setPixelSize(int(std::lround(map->labelPixelSize())));
            QVERIFY2(inkHeight(f, QStringLiteral("EH")) >= body - 1, qPrintable(QString::number(map->labelPixelSize())));
        }

        // On the image: the banner's clock (the key figure in the wall's text colour) measured on screen 2.
        WallBannerView *banner = wall.viewsOf<WallBannerView>().value(0);
        QVERIFY(banner);
        QCOMPARE(wall.windowOf(banner), 1);
        const QImage shot = wall.windows()[1]->grab().toImage();
        QCOMPARE(shot.size(), QSize(3840, 2160));
        const QRect b(banner->mapTo(wall.windows()[1], QPoint(0, 0)), banner->size());
        const int clockW = QFontMetrics(banner->keyFont()).horizontalAdvance(QStringLiteral("00:00:00"));
        const QRect clockBox(b.right() - clockW - 40, b.top() + 4, clockW + 30, b.height() - 8);
        // The clock's digits are the brightest ink there (the date under it is dimmer: #a8b4c2 has grey ~176).
        const auto rows = inkRows(shot, clockBox, 215);
        QVERIFY(rows.first >= 0);
        const int clockInk = rows.second - rows.first + 1;
        qInfo("clock digits on the image: %d px = %.1f mm (rule: %.1f mm)", clockInk, m.toMm(clockInk), m.keyHeightMm());
        QVERIFY2(m.toMm(clockInk) >= m.keyHeightMm() - m.pitchMm, qPrintable(QString::number(clockInk)));
        QVERIFY2(clockInk < key * 2, qPrintable(QString::number(clockInk)));
        // No view is squeezed below one line of its key figures.
        for (WallView *v : wall.views())
            QVERIFY2(v->height() >= QFontMetrics(v->keyFont()).height(), qPrintable(v->kind()));

        // Nothing blinks faster than 1 Hz: the banner's flash toggles every 500 ms or slower.
        QVERIFY(banner->flashIntervalMs() >= WallMetrics::MinimumBlinkHalfPeriodMs);

        // A screen pulled: the third screen's views join the second window; back when it returns.
        WallListView *alarms = nullptr;
        for (WallListView *l : wall.viewsOf<WallListView>())
            if (l->kind() == QLatin1String("alarms"))
                alarms = l;
        QVERIFY(alarms);
        QCOMPARE(wall.windowOf(alarms), 2);
        wall.setWindowCount(2);
        QCOMPARE(wall.windowCount(), 2);
        QCOMPARE(wall.windowOf(alarms), 1);
        QCOMPARE(wall.windowOf(banner), 1);
        QCOMPARE(wall.views().size(), WallLayout::builtIn(3).viewCount());
        wall.setWindowCount(1);
        QCOMPARE(wall.windowOf(alarms), 0);
        wall.setWindowCount(3);
        QCOMPARE(wall.windowOf(alarms), 2);
        QCOMPARE(wall.windowOf(banner), 1);

        // No dialog on the wall: it is refused and said on the status line.
        QMessageBox box(QMessageBox::Question, QStringLiteral("Close the flood gate?"), QStringLiteral("?"));
        QTimer::singleShot(3000, &box, &QDialog::accept); // only if the wall failed to send it away
        const int answer = box.exec();
        QCOMPARE(answer, int(QDialog::Rejected));
        QVERIFY2(wall.message().contains(QStringLiteral("Close the flood gate?")), qPrintable(wall.message()));

        // The cursor hides after a few seconds without movement, shows again when the mouse moves.
        QTRY_COMPARE_WITH_TIMEOUT(wall.windows()[0]->cursor().shape(), Qt::BlankCursor, WallController::CursorHideMs + 3000);
        if (QWindow *handle = wall.windows()[0]->windowHandle()) {
            QMouseEvent move(QEvent::MouseMove, QPointF(100, 100), QPointF(100, 100), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(handle, &move);
            QVERIFY(wall.windows()[0]->cursor().shape() != Qt::BlankCursor);
            QTRY_COMPARE_WITH_TIMEOUT(wall.windows()[0]->cursor().shape(), Qt::BlankCursor, WallController::CursorHideMs + 3000);
        }

        // The server lost: said in red on every screen until it returns, then a note that it is back.
        const QDateTime lost = QDateTime(QDate(2024, 9, 16), QTime(1, 2, 3), Qt::UTC); // 09:02:03 Beijing time
        Q_EMIT s->connectionChanged(false, lost);
        for (WallWindow *w : wall.windows()) {
            QVERIFY(w->statusLine()->isVisibleTo(w));
            QVERIFY2(w->statusLine()->text().contains(QStringLiteral("09:02:03")), qPrintable(w->statusLine()->text()));
            QVERIFY(w->statusLine()->styleSheet().contains(QStringLiteral("#b71c1c")));
        }
        Q_EMIT s->connectionChanged(true, lost);
        QVERIFY(!wall.windows()[2]->statusLine()->isVisibleTo(wall.windows()[2]));
        QVERIFY(wall.windows()[0]->statusLine()->text().contains(QStringLiteral("09:02:03")));
        QVERIFY(!wall.windows()[0]->statusLine()->styleSheet().contains(QStringLiteral("#b71c1c")));

        // Steering: a bookmark on the steered map; the rotation waits; home brings the standing view back.
        WallMapView *steered = nullptr;
        for (WallMapView *map : wall.viewsOf<WallMapView>())
            if (map->isSteered())
                steered = map;
        QVERIFY(steered);
        WallCommand c;
        QVERIFY(WallCommand::parse(QStringLiteral("bookmark:南外滩"), &c, &error));
        QVERIFY(wall.apply(c));
        const QPointF want = WebMercator::fromLonLat(121.5005, 31.2225);
        QVERIFY(std::hypot(steered->canvas()->settings().extent().center().x() - want.x(),
                           steered->canvas()->settings().extent().center().y() - want.y()) < 50);
        QVERIFY(wall.isRotationPaused());
        QVERIFY(wall.message().contains(QStringLiteral("南外滩")));
        QVERIFY(WallCommand::parse(QStringLiteral("bookmark:nowhere"), &c, &error));
        QVERIFY(!wall.apply(c));
        QVERIFY(wall.message().contains(QStringLiteral("nowhere")));
        QVERIFY(WallCommand::parse(QStringLiteral("home"), &c, &error));
        QVERIFY(wall.apply(c));
        QVERIFY(!wall.isRotationPaused());
        QVERIFY(std::hypot(steered->canvas()->settings().extent().center().x() - full.center().x(),
                           steered->canvas()->settings().extent().center().y() - full.center().y()) < 50);
        // A layout command swaps the views; home returns to the standing layout.
        QVERIFY(WallCommand::parse(QStringLiteral("layout:wall-1"), &c, &error));
        QVERIFY(wall.apply(c));
        QCOMPARE(wall.layout().name, QStringLiteral("wall-1"));
        QCOMPARE(wall.views().size(), WallLayout::builtIn(1).viewCount());
        QVERIFY(WallCommand::parse(QStringLiteral("home"), &c, &error));
        QVERIFY(wall.apply(c));
        QCOMPARE(wall.layout().name, QStringLiteral("wall-3"));

        // The ticker follows the services: a signal issued appears, named as the observatory names it.
        WallTickerView *ticker = wall.viewsOf<WallTickerView>().value(0);
        QVERIFY(ticker);
        QTRY_VERIFY(op.warnings()->isLoaded());
        const size_t before = ticker->entries().size();
        SignalInput in;
        in.kind = QStringLiteral("rainstorm");
        in.colour = QStringLiteral("red");
        in.issuedAt = op.clock()->now();
        in.enteredAt = in.issuedAt;
        auto w = op.warnings()->issue(in);
        w.waitForFinished();
        QVERIFY2(w.result().ok, qPrintable(w.result().error));
        QTRY_VERIFY(ticker->entries().size() > before);
        QVERIFY2(ticker->entries().front().text.contains(WarningSignal::title(QStringLiteral("rainstorm"), QStringLiteral("red"))),
                 qPrintable(ticker->entries().front().text));
        QCOMPARE(ticker->entries().front().colour, QStringLiteral("red"));

        op.setStore(nullptr);
    }
};

QTEST_MAIN(TstWall)
#include "tst_wall.moc"
