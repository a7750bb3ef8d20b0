#include "app/core/store/import/shapefieldmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc::ShapeFieldMap {

QString path(const QString &shpPath)
{
    return shpPath.left(shpPath.size() - QFileInfo(shpPath).suffix().size() - 1) + QStringLiteral(".fields.json");
}

QHash<QString, QString> read(const QString &shpPath, QString *error)
{
    QHash<QString, QString> map;
    QFile f(path(shpPath));
    if (!f.exists())
        return map;
    QJsonParseError pe;
    const QJsonDocument doc = f.open(QIODevice::ReadOnly) && f.size() < 1024 * 1024 ? QJsonDocument::fromJson(f.readAll(), &pe)
                                                                                    : QJsonDocument();
    const QJsonObject fields = doc.object().value(QLatin1String("fields")).toObject();
    if (!doc.isObject() || fields.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("fc::ShapeFieldMap", "%1: not a field-name map (expected {\"fields\": {\"short\": \"full name\"}})").arg(f.fileName());
        return map;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace fc::ShapeFieldMap
