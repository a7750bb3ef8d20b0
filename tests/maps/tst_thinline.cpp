#include "maps/thinline.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace fc;

namespace {

struct Diff
{
    qint64 inked = 0;   // pixels either side changed from the background
    qint64 over2 = 0;   // pixels whose channels differ by more than 2 levels
    qint64 over24 = 0;  // ... by more than 24 levels
    int worst = 0;
};

Diff compare(const QImage &a, const QImage &b, QRgb background)
{
    Diff d;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (p[x] == background && q[x] == background)
                continue;
            ++d.inked;
            const int m = std::max({std::abs(qRed(p[x]) - qRed(q[x])), std::abs(qGreen(p[x]) - qGreen(q[x])),
                                    std::abs(qBlue(p[x]) - qBlue(q[x])), std::abs(qAlpha(p[x]) - qAlpha(q[x]))});
            d.worst = std::max(d.worst, m);
            d.over2 += m > 2;
            d.over24 += m > 24;
        }
    }
    return d;
}

// Qt's own drawing: QPainter with antialiasing and a solid pen of the width.
void qtDraw(QImage &img, const QList<QPolygonF> &lines, const QColor &color, double width, Qt::PenCapStyle cap,
            bool rings)
{
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, width, Qt::SolidLine, cap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    for (const QPolygonF &l : lines)
        rings ? p.drawPolygon(l) : p.drawPolyline(l);
}

void ownDraw(QImage &img, const QList<QPolygonF> &lines, const QColor &color, double width, Qt::PenCapStyle cap,
             bool rings)
{
    ThinLine t(img, color, width);
    for (const QPolygonF &l : lines)
        rings ? t.ring(l.constData(), int(l.size())) : t.polyline(l.constData(), int(l.size()), cap != Qt::FlatCap);
}

QList<QPolygonF> randomLines(int count, int maxVertices, QSizeF area, double maxStep, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPolygonF> out;
    for (int i = 0; i < count; ++i) {
        QPolygonF l;
        QPointF at(rng.bounded(area.width()), rng.bounded(area.height()));
        l.append(at);
        const int n = 2 + int(rng.bounded(maxVertices - 1));
        for (int k = 1; k < n; ++k) {
            at += QPointF(rng.bounded(2 * maxStep) - maxStep, rng.bounded(2 * maxStep) - maxStep);
            at = QPointF(std::clamp(at.x(), 0.0, area.width()), std::clamp(at.y(), 0.0, area.height()));
            l.append(at);
        }
        out.append(l);
    }
    return out;
}

} // namespace

class TstThinLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void supportsFormats()
    {
        QVERIFY(ThinLine::supports(QImage(4, 4, QImage::Format_ARGB32_Premultiplied)));
        QVERIFY(ThinLine::supports(QImage(4, 4, QImage::Format_RGB32)));
        QVERIFY(!ThinLine::supports(QImage(4, 4, QImage::Format_ARGB32)));
        QVERIFY(!ThinLine::supports(QImage()));
    }
    void handWorked()
    {
        // A horizontal line along y = 5.5 (pixel row 5's centre), x 2 to 6, flat caps: row 5 fully
        // inked in columns 2..5, nothing else. At y = 6.0 the line lies between rows 5 and 6: each
        // gets (nearly) half the colour.
        QImage img(10, 10, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        ThinLine black(img, QColor(0, 0, 0), 1.0);
        const QPointF a[2] = {{2.0, 5.5}, {6.0, 5.5}};
        black.polyline(a, 2, false);
        for (int y = 0; y < 10; ++y)
            for (int x = 0; x < 10; ++x)
                QCOMPARE(qAlpha(img.pixel(x, y)), (y == 5 && x >= 2 && x <= 5) ? 255 : 0);
        img.fill(Qt::white);
        const QPointF b[2] = {{2.0, 6.0}, {6.0, 6.0}};
        black.polyline(b, 2, false);
        QCOMPARE(qRed(img.pixel(3, 5)), 128); // 127 of 255 black
        QCOMPARE(qRed(img.pixel(3, 6)), 127); // 128 of 255 black
        QCOMPARE(img.pixel(3, 4), qRgb(255, 255, 255));
        // Half a pixel wide: half the alpha (255 * 128 / 256, rounded down: 127). Round caps: half a
        // pixel more at each end, covered half (127 of 255 of that alpha: 63).
        img.fill(Qt::transparent);
        ThinLine half(img, QColor(0, 0, 255), 0.5);
        half.polyline(a, 2, true);
        QCOMPARE(qAlpha(img.pixel(3, 5)), 127);
        QCOMPARE(qAlpha(img.pixel(1, 5)), 63); // column 1 covered from x = 1.5
        QCOMPARE(qAlpha(img.pixel(6, 5)), 63); // column 6 up to x = 6.5
        QCOMPARE(qAlpha(img.pixel(0, 5)), 0);
    }
    void matchesQPainter_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<QColor>("color");
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("rings");
        QTest::addColumn<double>("step");
        QTest::newRow("roads 1px round") << 1.0 << QColor(31, 119, 180) << int(Qt::RoundCap) << false << 40.0;
        QTest::newRow("short steps 1px") << 1.0 << QColor(200, 30, 30) << int(Qt::RoundCap) << false << 3.0;
        QTest::newRow("flat caps 0.8px") << 0.8 << QColor(20, 20, 20) << int(Qt::FlatCap) << false << 25.0;
        QTest::newRow("outlines 0.6px") << 0.6 << QColor(24, 91, 138) << int(Qt::RoundCap) << true << 20.0;
        QTest::newRow("translucent 1px") << 1.0 << QColor(0, 160, 60, 140) << int(Qt::SquareCap) << false << 30.0;
    }
    void matchesQPainter()
    {
        // The same random polylines drawn by QPainter (Qt's raster engine) and by ThinLine on the
        // same background: they must ink the same pixels with nearly the same colour. Lines stay
        // inside the image (off the image Qt clips the geometry, ThinLine skips pixels).
        QFETCH(double, width);
        QFETCH(QColor, color);
        QFETCH(int, cap);
        QFETCH(bool, rings);
        QFETCH(double, step);
        const QSize size(400, 300);
        QList<QPolygonF> lines = randomLines(step < 10 ? 1500 : 300, 8, QSizeF(size) - QSizeF(8, 8), step, 7);
        for (QPolygonF &l : lines)
            l.translate(4, 4);
        // Axis-aligned and 45-degree lines, on pixel centres and edges.
        lines.append(QPolygonF{QPointF(10.5, 10.5), QPointF(100.5, 10.5)});
        lines.append(QPolygonF{QPointF(10, 20), QPointF(100, 20)});
        lines.append(QPolygonF{QPointF(20.5, 30), QPointF(20.5, 120)});
        lines.append(QPolygonF{QPointF(30, 30), QPointF(120, 120), QPointF(200, 40)});
        for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_ARGB32_Premultiplied}) {
            const QColor background = format == QImage::Format_RGB32 ? QColor(Qt::white) : QColor(Qt::transparent);
            QImage qt(size, format), own(size, format);
            qt.fill(background);
            own.fill(background);
            qtDraw(qt, lines, color, width, Qt::PenCapStyle(cap), rings);
            ownDraw(own, lines, color, width, Qt::PenCapStyle(cap), rings);
            const Diff d = compare(qt, own, qPremultiply(background.rgba()));
            const QString what = QStringLiteral("format %1: %2 inked, %3 differ by > 2 levels, %4 by > 24, worst %5")
                                     .arg(int(format))
                                     .arg(d.inked)
                                     .arg(d.over2)
                                     .arg(d.over24)
                                     .arg(d.worst);
            qInfo("%s", qPrintable(what));
            QVERIFY2(d.inked > 10000, qPrintable(what));
            // Measured: no pixel off by more than 4 levels, under 1 % by more than 2 (Qt's fixed-point
            // steps against ours).
            QVERIFY2(d.worst <= 8, qPrintable(what));
            QVERIFY2(d.over2 <= d.inked / 50, qPrintable(what)); // 2 % of the inked pixels
        }
    }
    void comparisonCanFail()
    {
        // The tolerances above would catch a line drawn half a pixel off.
        const QSize size(400, 300);
        QList<QPolygonF> lines = randomLines(300, 8, QSizeF(360, 260), 20, 7);
        for (QPolygonF &l : lines)
            l.translate(20, 20);
        QImage qt(size, QImage::Format_RGB32), own(size, QImage::Format_RGB32);
        qt.fill(Qt::white);
        own.fill(Qt::white);
        qtDraw(qt, lines, Qt::black, 1.0, Qt::RoundCap, false);
        for (QPolygonF &l : lines)
            l.translate(0.5, 0.5);
        ownDraw(own, lines, Qt::black, 1.0, Qt::RoundCap, false);
        const Diff d = compare(qt.convertToFormat(QImage::Format_ARGB32), own.convertToFormat(QImage::Format_ARGB32),
                               qRgba(255, 255, 255, 255));
        QVERIFY(d.worst > 8 && d.over2 > d.inked / 50);
    }
    void bandsGiveTheSameLine()
    {
        // Drawn into bands of rows (each its own image over the frame's rows, the lines shifted by
        // the band's top), the pixels equal the whole frame's: no restart at a band edge.
        const QSize size(300, 200);
        QList<QPolygonF> lines = randomLines(200, 6, QSizeF(size), 60, 11);
        QImage whole(size, QImage::Format_RGB32);
        whole.fill(Qt::white);
        ownDraw(whole, lines, QColor(40, 40, 160), 1.0, Qt::RoundCap, false);
        QImage banded(size, QImage::Format_RGB32);
        banded.fill(Qt::white);
        for (int top = 0; top < size.height(); top += 32) {
            const int h = std::min(32, size.height() - top);
            QImage rows(banded.bits() + qsizetype(top) * banded.bytesPerLine(), size.width(), h, banded.bytesPerLine(),
                        QImage::Format_RGB32);
            QList<QPolygonF> shifted = lines;
            for (QPolygonF &l : shifted)
                l.translate(0, -top);
            ownDraw(rows, shifted, QColor(40, 40, 160), 1.0, Qt::RoundCap, false);
        }
        int differ = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x) {
                const QRgb a = whole.pixel(x, y), b = banded.pixel(x, y);
                differ += std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))}) > 1;
            }
        QCOMPARE(differ, 0);
    }
    void offImageIsSkipped()
    {
        // Lines far outside or crossing the image: no crash, only pixels inside are written.
        QImage img(50, 40, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        ThinLine t(img, Qt::black, 1.0);
        const QPointF far[2] = {{-1e7, -5e6}, {1e7, 5e6}};
        t.polyline(far, 2, true);
        const QPointF nan[2] = {{qQNaN(), 3}, {10, 10}};
        t.polyline(nan, 2, true);
        const QPointF cross[2] = {{-100, 20.5}, {200, 20.5}};
        t.polyline(cross, 2, false);
        const QPointF across[2] = {{-5e9, 30.5}, {5e9, 30.5}}; // a long line of a zoomed-in view
        t.polyline(across, 2, true);
        for (int x = 0; x < 50; ++x) {
            QCOMPARE(qAlpha(img.pixel(x, 20)), 255);
            QCOMPARE(qAlpha(img.pixel(x, 30)), 255);
            QCOMPARE(qAlpha(img.pixel(x, 31)), 0);
        }
    }
};

QTEST_MAIN(TstThinLine)
#include "tst_thinline.moc"
