// Build tool: renders the application's SVG icon to PNGs of the hicolor theme's sizes (OUTDIR/NxN/apps/NAME.png), so
// the installed icons come from the one SVG.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: fc_iconpng ICON.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "fc_iconpng: %s: not a readable SVG\n", qPrintable(args[1]));
        return 1;
    }
    for (const QString &sizeText : args.mid(4)) {
        const int n = sizeText.toInt();
        if (n < 8 || n > 1024) {
            std::fprintf(stderr, "fc_iconpng: size '%s': expected 8 to 1024\n", qPrintable(sizeText));
            return 2;
        }
        QImage img(n, n, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p, QRectF(0, 0, n, n));
        p.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2]).arg(n);
        const QString out = QStringLiteral("%1/%2.png").arg(dir, args[3]);
        if (!QDir().mkpath(dir) || !img.save(out, "PNG")) {
            std::fprintf(stderr, "fc_iconpng: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
