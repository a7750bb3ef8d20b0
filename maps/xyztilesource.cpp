#include "maps/xyztilesource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fc {

namespace {

class XyzTileReader : public TileReader
{
public:
    explicit XyzTileReader(const XyzTileSource *source) : m_source(source) {}
    TileData read(const TileId &id) override
    {
        if (id.z < m_source->minZoom() || id.z > m_source->maxZoom() || !id.isValid())
            return TileData::absent();
        QFile f(m_source->tilePath(id));
        if (!f.open(QIODevice::ReadOnly))
            return m_source->isRemote() ? TileData::notLocal() : TileData::absent();
        const QImage img = TileSource::decode(f.readAll());
        if (img.isNull())
            return TileData::failed(XyzTileSource::tr("Tile file %1 cannot be decoded").arg(f.fileName()));
        return TileData::ok(img);
    }

private:
    const XyzTileSource *m_source; // the renderer holds the shared source alive
};

} // namespace

XyzTileSource::XyzTileSource(const QString &urlTemplate, const QString &cacheDir, const QString &name)
    : m_template(urlTemplate), m_cacheDir(cacheDir), m_name(name.isEmpty() ? urlTemplate : name)
{
    const QUrl probe(urlTemplate);
    m_localFiles = probe.isLocalFile() || QDir::isAbsolutePath(urlTemplate);
    if (probe.isLocalFile())
        m_template = probe.toLocalFile();
    // The file suffix of the tiles, for the disk cache ("png" in ".../{y}.png?key=...").
    const QString path = m_localFiles ? m_template : probe.path();
    const QString suffix = QFileInfo(path).suffix().toLower();
    m_suffix = suffix.isEmpty() || suffix.contains(QLatin1Char('}')) || suffix.size() > 5 ? QStringLiteral("tile") : suffix;

    if (!m_template.contains(QStringLiteral("{z}")) || !m_template.contains(QStringLiteral("{x}"))
        || !(m_template.contains(QStringLiteral("{y}")) || m_template.contains(QStringLiteral("{-y}"))))
        setError(tr("The tile URL template %1 lacks {z}, {x} or {y}").arg(urlTemplate));
    else if (!m_localFiles && !QUrl(expand({0, 0, 0}), QUrl::StrictMode).isValid())
        setError(tr("The tile URL template %1 is not a valid URL").arg(urlTemplate));
    else if (!m_localFiles && m_cacheDir.isEmpty())
        setError(tr("No tile cache folder for %1").arg(urlTemplate));
}

void XyzTileSource::setZoomRange(int minZoom, int maxZoom)
{
    m_minZoom = std::clamp(minZoom, 0, 30);
    m_maxZoom = std::clamp(maxZoom, m_minZoom, 30);
}

Extent XyzTileSource::extent() const
{
    return m_extent.isNull() ? TileSource::extent() : m_extent;
}

QString XyzTileSource::expand(const TileId &id) const
{
    QString s = m_template;
    s.replace(QStringLiteral("{z}"), QString::number(id.z));
    s.replace(QStringLiteral("{x}"), QString::number(id.x));
    s.replace(QStringLiteral("{y}"), QString::number(id.y));
    s.replace(QStringLiteral("{-y}"), QString::number(id.tmsRow()));
    if (!m_subdomains.isEmpty())
        s.replace(QStringLiteral("{s}"), m_subdomains.at((id.x + id.y) % m_subdomains.size()));
    return s;
}

QUrl XyzTileSource::tileUrl(const TileId &id) const
{
    if (m_localFiles)
        return QUrl::fromLocalFile(expand(id));
    return QUrl(expand(id));
}

QString XyzTileSource::tilePath(const TileId &id) const
{
    if (m_localFiles)
        return expand(id);
    return QStringLiteral("%1/%2/%3/%4.%5").arg(m_cacheDir).arg(id.z).arg(id.x).arg(id.y).arg(m_suffix);
}

bool XyzTileSource::hasLocalTile(const TileId &id) const
{
    return QFileInfo::exists(tilePath(id));
}

bool XyzTileSource::storeTile(const TileId &id, const QByteArray &data, QString *error) const
{
    if (m_localFiles || m_cacheDir.isEmpty()) {
        if (error)
            *error = tr("No tile cache folder for %1").arg(m_template);
        return false;
    }
    const QString path = tilePath(id);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the tile cache folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    // Written whole or not at all: a reader on another thread never sees half a tile.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write the tile cache file %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<TileReader> XyzTileSource::createReader() const
{
    return std::make_unique<XyzTileReader>(this);
}

} // namespace fc
