#include "app/core/io/hazardimport.h"

#include "app/core/rules/hazarddesk.h"
#include "app/core/store/hazardworkflow.h"
#include "app/core/store/import/importer.h"
#include "app/core/store/import/importmapping.h"
#include "maps/ogrreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace fc {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString csvField(const QString &v)
{
    QString q = v;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString cellText(OGRFeature *f, int k)
{
    if (!f->IsFieldSetAndNotNull(k))
        return {};
    const OGRFieldType t = f->GetFieldDefnRef(k)->GetType();
    if (t == OFTDate || t == OFTDateTime) {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        f->GetFieldAsDateTime(k, &y, &m, &d, &hh, &mm, &ss, &tz);
        const QDate date(y, m, d);
        if (t == OFTDate)
            return date.toString(Qt::ISODate);
        return QDateTime(date, QTime(hh, mm, int(ss))).toString(Qt::ISODate);
    }
    return QString::fromUtf8(f->GetFieldAsString(k)).trimmed();
}

} // namespace

QHash<QString, QString> HazardImport::statusWords()
{
    QHash<QString, QString> w = {
        {s("待整改"), s("found")},     {s("新发现"), s("found")},    {s("已发现"), s("found")},
        {s("未整改"), s("found")},     {s("已交办"), s("assigned")}, {s("已派单"), s("assigned")},
        {s("整改中"), s("rectifying")}, {s("正在整改"), s("rectifying")}, {s("待验收"), s("awaiting_check")},
        {s("待复核"), s("awaiting_check")}, {s("已销号"), s("closed")}, {s("已整改"), s("closed")},
        {s("已完成"), s("closed")},
    };
    for (const auto &l : HazardWorkflow::legacyStatuses())
        w.insert(l.first, l.second);
    for (const QString &st : HazardWorkflow::states())
        w.insert(st, st);
    return w;
}

QStringList HazardImport::photoFields()
{
    return {s("照片"), s("现场照片"), s("图片"), s("附件"), s("photo"), s("photos"), s("PHOTO"), s("ZP")};
}

HazardImportReport HazardImport::run(Store &store, const QString &path, qint64 roundFid, const QDateTime &now)
{
    HazardImportReport rep;
    const QFileInfo fi(path);
    const QString name = fi.fileName();
    const QString ext = fi.suffix().toLower();
    if (ext != QLatin1String("xlsx") && ext != QLatin1String("csv")) {
        rep.error = tr("%1: a field report is an XLSX or CSV file").arg(path);
        return rep;
    }
    OgrReader::registerDrivers();
    GDALAllRegister();
    const QByteArray p8 = path.toUtf8();
    const char *opts[] = {"HEADERS=FORCE", nullptr};
    const char *csvOpts[] = {"AUTODETECT_TYPE=NO", nullptr};
    // A sheet's first row holds the headers even when every cell is text (GDAL 3.6 reads this as a configuration
    // option of the XLSX driver, set for this thread only).
    const QByteArray oldHeaders = CPLGetThreadLocalConfigOption("OGR_XLSX_HEADERS", "");
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(p8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                      ext == QLatin1String("xlsx") ? opts : csvOpts, nullptr));
    // The driver reads the sheet when it is first asked for its layer: the option stays until the end.
    struct Restore
    {
        QByteArray old;
        ~Restore() { CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", old.isEmpty() ? nullptr : old.constData()); }
    } restore{oldHeaders};
    if (!ds || ds->GetLayerCount() < 1) {
        rep.error = tr("%1: cannot be read (%2)").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return rep;
    }
    OGRLayer *layer = ds->GetLayer(0);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    QStringList header;
    int statusField = -1, photoField = -1;
    const TableSpec *hazards = Schema::table(s("hazards"));
    for (int k = 0; k < defn->GetFieldCount(); ++k) {
        const QString f = QString::fromUtf8(defn->GetFieldDefn(k)->GetNameRef());
        header.append(f);
        MatchRule rule;
        if (ImportMapping::match(f, *hazards, {}, &rule) == QLatin1String("status"))
            statusField = k;
        if (photoFields().contains(f))
            photoField = k;
    }
    // First pass: every row's status and photos are checked before anything is written.
    const QHash<QString, QString> words = statusWords();
    QList<QStringList> rows;
    QList<QStringList> photos;
    layer->ResetReading();
    int rowNo = 0;
    for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++rowNo;
        QStringList cells;
        for (int k = 0; k < defn->GetFieldCount(); ++k)
            cells.append(cellText(f.get(), k));
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.isEmpty();
        if (blank)
            continue;
        if (statusField >= 0 && !cells[statusField].isEmpty() && !words.contains(cells[statusField])) {
            rep.error = tr("%1 row %2: status '%3' is not a rectification state (%4); nothing was imported")
                            .arg(name)
                            .arg(rowNo + 1)
                            .arg(cells[statusField], QStringList(words.keys()).join(QLatin1String(", ")));
            return rep;
        }
        QStringList files;
        if (photoField >= 0)
            for (const QString &one : cells[photoField].split(QRegularExpression(s("[;；、,，]")), Qt::SkipEmptyParts)) {
                const QString file = fi.dir().filePath(one.trimmed());
                if (!QFileInfo(file).isFile()) {
                    rep.error = tr("%1 row %2: photo '%3' is not next to the sheet (%4); nothing was imported")
                                    .arg(name)
                                    .arg(rowNo + 1)
                                    .arg(one.trimmed(), fi.dir().absolutePath());
                    return rep;
                }
                if (QFileInfo(file).size() > HazardWorkflow::MaxAttachmentBytes) {
                    rep.error = tr("%1 row %2: photo '%3' is over the limit of %4 MiB; nothing was imported")
                                    .arg(name)
                                    .arg(rowNo + 1)
                                    .arg(one.trimmed())
                                    .arg(HazardWorkflow::MaxAttachmentBytes / (1024 * 1024));
                    return rep;
                }
                files.append(file);
            }
        rows.append(cells);
        photos.append(files);
    }
    ds.reset();
    if (rows.isEmpty()) {
        rep.error = tr("%1: no rows").arg(name);
        return rep;
    }
    // The rows as CSV in memory (every cell as text, dates in ISO 8601): the store's import maps them.
    QByteArray csv;
    QStringList h;
    for (const QString &f : header)
        h.append(csvField(f));
    csv += h.join(QLatin1Char(',')).toUtf8() + "\n";
    for (const QStringList &r : rows) {
        QStringList c;
        for (const QString &v : r)
            c.append(csvField(v));
        csv += c.join(QLatin1Char(',')).toUtf8() + "\n";
    }
    const QByteArray vsi = QStringLiteral("/vsimem/fc_field_report_%1.csv")
                               .arg(QUuid::createUuid().toString(QUuid::Id128))
                               .toUtf8();
    VSILFILE *fp = VSIFileFromMemBuffer(vsi.constData(), reinterpret_cast<GByte *>(csv.data()), vsi_l_offset(csv.size()),
                                        FALSE);
    if (!fp) {
        rep.error = tr("%1: cannot map into memory").arg(name);
        return rep;
    }
    VSIFCloseL(fp);
    ImportOptions o;
    o.source = QString::fromUtf8(vsi);
    o.kind = s("hazards");
    o.encoding = s("UTF-8");
    o.displayName = name;
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        o.valueMap[s("status")].insert(it.key(), it.value());
    auto f = store.import(o);
    f.waitForFinished();
    const ImportReport ir = f.result();
    VSIUnlink(vsi.constData());
    rep.mapping = Importer::describeMapping(ir.mapping);
    if (!ir.ok) {
        rep.error = ir.error;
        return rep;
    }
    rep.imported = ir.imported;
    // The new hazards, in the sheet's order (the import writes them in order, one row each).
    auto nf = store.rows(s("hazards"), s("fid >= ? AND fid <= ?"), {ir.firstFid, ir.lastFid});
    nf.waitForFinished();
    const QList<StoreRow> added = nf.result();
    QList<RowChange> changes;
    for (int i = 0; i < added.size(); ++i) {
        const StoreRow &hz = added[i];
        rep.fids.append(hz.fid);
        RowChange u;
        u.table = s("hazards");
        u.fid = hz.fid;
        u.values.insert(s("status_since"), now.toUTC().toString(Qt::ISODateWithMs));
        if (roundFid > 0)
            u.values.insert(s("round_fid"), roundFid);
        changes.append(u);
        RowChange step;
        step.kind = RowChange::Kind::Insert;
        step.table = s("hazard_steps");
        step.values = {{s("hazard_fid"), hz.fid},
                       {s("at"), now.toUTC().toString(Qt::ISODateWithMs)},
                       {s("actor"), store.user()},
                       {s("to_state"), hz.values.value(s("status")).toString()},
                       {s("remark"), tr("imported from the field report %1").arg(name)}};
        changes.append(step);
        for (const QString &file : photos.value(i)) {
            QFile pf(file);
            if (!pf.open(QIODevice::ReadOnly)) {
                rep.error = tr("%1: %2").arg(file, pf.errorString());
                return rep;
            }
            QVariantMap a = HazardDesk::attachment(file, pf.readAll(), store.user(), now, &rep.error);
            if (a.isEmpty())
                return rep;
            a.insert(s("hazard_fid"), hz.fid);
            RowChange ac;
            ac.kind = RowChange::Kind::Insert;
            ac.table = s("attachments");
            ac.values = a;
            changes.append(ac);
            ++rep.photos;
        }
    }
    auto w = store.apply(changes, tr("field report %1: steps and photos").arg(name));
    w.waitForFinished();
    if (!w.result().ok) {
        rep.error = tr("%1: the hazards were imported but their steps and photos were not written: %2")
                        .arg(name, w.result().error);
        return rep;
    }
    rep.ok = true;
    return rep;
}

} // namespace fc
