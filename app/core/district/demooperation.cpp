#include "app/core/district/demooperation.h"

#include "app/core/district/demodistrict.h"
#include "app/core/district/dispatchdemo.h"
#include "app/core/district/gaugesdemo.h"
#include "app/core/district/suppliesdemo.h"
#include "app/core/district/hazardsdemo.h"
#include "app/core/district/warningdemo.h"
#include "app/core/store/import/importer.h"
#include "app/core/store/store.h"
#include "maps/ogrreader.h"

#include <cpl_vsi.h>

#include <QUuid>
#include <initializer_list>

namespace fc::DemoOperation {

using Seeder = bool (*)(Store &, QString *);

bool seed(Store &store, QString *error)
{
    const std::initializer_list<Seeder> seeders = {
        GaugesDemo::seed, // sensor codes and thresholds, sample series
        seedWarningsDemo,
        seedDispatchDemo,
        seedSuppliesDemo, // supplies catalogue and stock, shelters and the people moved on the Bebinca night
        seedHazardsDemo, // rounds, hazards in every state, photos, greenery campaign (after the warnings)
    };
    for (Seeder s : seeders)
        if (!s(store, error))
            return false;
    return true;
}

namespace {

// Fills a new store file from the embedded demo district, one import per layer (the same path as a user import).
bool fillDistrict(sqlite3 *db, const QString &actor, QString *error)
{
    OgrReader::registerDrivers();
    for (const QString &id : DemoDistrict::layerIds()) {
        const QByteArray json = DemoDistrict::geoJson(id);
        if (json.isEmpty()) {
            *error = QStringLiteral(":/demo/%1.geojson: missing from the build").arg(id);
            return false;
        }
        const QByteArray vsi = QStringLiteral("/vsimem/fc_store_demo_%1_%2.geojson")
                                   .arg(id, QUuid::createUuid().toString(QUuid::Id128))
                                   .toUtf8();
        VSILFILE *fp = VSIFileFromMemBuffer(vsi.constData(), reinterpret_cast<GByte *>(const_cast<char *>(json.constData())),
                                            vsi_l_offset(json.size()), FALSE);
        if (!fp) {
            *error = QStringLiteral("%1: cannot map into memory").arg(QString::fromUtf8(vsi));
            return false;
        }
        VSIFCloseL(fp);
        ImportOptions o;
        o.source = QString::fromUtf8(vsi);
        o.kind = id;
        o.displayName = QStringLiteral(":/demo/%1.geojson").arg(id);
        const ImportReport r = Importer::run(db, o, actor);
        VSIUnlink(vsi.constData());
        if (!r.ok) {
            *error = r.error;
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<Store> createStore(const QString &path, QString *error)
{
    StoreContent content;
    content.note = QStringLiteral("new store with the demo district");
    content.fill = fillDistrict;
    content.seed = seed;
    return Store::create(path, error, content);
}

} // namespace fc::DemoOperation
