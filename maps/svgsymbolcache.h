#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace fc {

// Rasterised SVG point symbols, cached by path and pixel size. Safe to call from render threads.
namespace SvgSymbolCache {
QImage image(const QString &path, int pixelSize);
}

} // namespace fc
