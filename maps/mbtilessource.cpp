#include "maps/mbtilessource.h"

#include "maps/webmercator.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <optional>

namespace fc {

namespace {

std::atomic_int s_connectionSerial{0};

// One read-only QSQLITE connection, created, used and removed on the calling thread.
class MbTilesConnection
{
public:
    explicit MbTilesConnection(const QString &path)
        : m_name(QStringLiteral("fc_mbtiles_%1").arg(s_connectionSerial.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            m_error = db.lastError().text();
        m_db = db;
    }
    ~MbTilesConnection()
    {
        m_query.reset();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    MbTilesConnection(const MbTilesConnection &) = delete;
    MbTilesConnection &operator=(const MbTilesConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }
    QSqlQuery &tileQuery()
    {
        if (!m_query) {
            m_query.emplace(m_db);
            m_query->setForwardOnly(true);
            m_query->prepare(QStringLiteral(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
        }
        return *m_query;
    }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_query;
};

class MbTilesReader : public TileReader
{
public:
    MbTilesReader(const MbTilesSource *source) : m_source(source) {}
    TileData read(const TileId &id) override
    {
        if (!id.isValid() || id.z < m_source->minZoom() || id.z > m_source->maxZoom())
            return TileData::absent();
        if (!m_connection)
            m_connection = std::make_unique<MbTilesConnection>(m_source->path());
        if (!m_connection->isOpen())
            return TileData::failed(MbTilesSource::tr("Cannot open %1: %2").arg(m_source->path(), m_connection->error()));
        QSqlQuery &q = m_connection->tileQuery();
        q.bindValue(0, id.z);
        q.bindValue(1, id.x);
        q.bindValue(2, id.tmsRow()); // MBTiles rows count from the south (TMS)
        if (!q.exec())
            return TileData::failed(MbTilesSource::tr("Cannot read tile %1 from %2: %3")
                                        .arg(id.toString(), m_source->path(), q.lastError().text()));
        if (!q.next())
            return TileData::absent();
        const QImage img = TileSource::decode(q.value(0).toByteArray());
        q.finish();
        if (img.isNull())
            return TileData::failed(MbTilesSource::tr("Tile %1 in %2 cannot be decoded").arg(id.toString(), m_source->path()));
        return TileData::ok(img);
    }

private:
    const MbTilesSource *m_source;
    std::unique_ptr<MbTilesConnection> m_connection;
};

} // namespace

MbTilesSource::MbTilesSource(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath()), m_name(QFileInfo(path).completeBaseName())
{
    readMetadata();
}

void MbTilesSource::readMetadata()
{
    if (!QFileInfo(m_path).isFile()) {
        setError(tr("The MBTiles file %1 does not exist").arg(m_path));
        return;
    }
    MbTilesConnection c(m_path);
    if (!c.isOpen()) {
        setError(tr("Cannot open the MBTiles file %1: %2").arg(m_path, c.error()));
        return;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        setError(tr("%1 is not an MBTiles file (no metadata table)").arg(m_path));
        return;
    }
    while (q.next())
        m_metadata.insert(q.value(0).toString().trimmed().toLower(), q.value(1).toString().trimmed());
    q.finish();
    if (!m_metadata.value(QStringLiteral("name")).isEmpty())
        m_name = m_metadata.value(QStringLiteral("name"));
    m_format = m_metadata.value(QStringLiteral("format"), QStringLiteral("png")).toLower();
    if (m_format == QStringLiteral("pbf") || m_format == QStringLiteral("mvt")) {
        setError(tr("%1 holds vector tiles (%2), which are not supported").arg(m_path, m_format));
        return;
    }
    const QStringList b = m_metadata.value(QStringLiteral("bounds")).split(QLatin1Char(','));
    if (b.size() == 4) {
        bool ok[4];
        const Extent e(b[0].toDouble(&ok[0]), b[1].toDouble(&ok[1]), b[2].toDouble(&ok[2]), b[3].toDouble(&ok[3]));
        if (ok[0] && ok[1] && ok[2] && ok[3] && !e.isNull())
            m_boundsLonLat = e;
    }
    bool okMin = false, okMax = false;
    m_minZoom = m_metadata.value(QStringLiteral("minzoom")).toInt(&okMin);
    m_maxZoom = m_metadata.value(QStringLiteral("maxzoom")).toInt(&okMax);
    if (!okMin || !okMax) {
        // Not in the metadata (it is optional): ask the tiles table.
        if (!q.exec(QStringLiteral("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")) || !q.next()) {
            setError(tr("%1 is not an MBTiles file (no tiles table)").arg(m_path));
            return;
        }
        if (!okMin)
            m_minZoom = q.value(0).toInt();
        if (!okMax)
            m_maxZoom = q.value(1).toInt();
        q.finish();
    }
    m_minZoom = std::clamp(m_minZoom, 0, 30);
    m_maxZoom = std::clamp(m_maxZoom, m_minZoom, 30);
}

Extent MbTilesSource::extent() const
{
    if (m_boundsLonLat.isNull())
        return TileSource::extent();
    const double lat = WebMercator::MaxLatitude;
    const Extent clamped(std::max(m_boundsLonLat.xMin(), -180.0), std::max(m_boundsLonLat.yMin(), -lat),
                         std::min(m_boundsLonLat.xMax(), 180.0), std::min(m_boundsLonLat.yMax(), lat));
    return WebMercator::fromGeoExtent(clamped);
}

std::unique_ptr<TileReader> MbTilesSource::createReader() const
{
    return std::make_unique<MbTilesReader>(this);
}

} // namespace fc
