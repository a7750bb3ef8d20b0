#pragma once

#include "maps/geopoint.h"

#include <QDialog>
#include <QPointer>
#include <QVariantMap>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fc {

class Store;

// The report form for a new incident: kind, priority, location (the map point, or a road or place name found in
// the operation data), water depth, reporter and phone, equipment needed, description.
class IncidentDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentDialog(Store *store, const GeoPoint *at, QWidget *parent = nullptr);
    // Values for IncidentDesk::newIncident (kind, priority, lon, lat, ...).
    QVariantMap values() const;
    bool hasLocation() const { return m_hasPoint; }

private:
    void findPlace();
    void setPoint(GeoPoint p, const QString &where);
    void accept() override;

    QPointer<Store> m_store;
    QComboBox *m_kind, *m_priority;
    QLineEdit *m_search, *m_reporter, *m_phone, *m_needs, *m_title;
    QDoubleSpinBox *m_depth;
    QPlainTextEdit *m_text;
    QLabel *m_where;
    bool m_hasPoint = false;
    GeoPoint m_point;
    QString m_address;
};

} // namespace fc
