#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace fc {

class AlarmService;

// The alarm list as a table: one row per alarm the service holds (in force, or cleared in the last 24 h; while
// replaying, those in force at the replay time). Kept current from the service's signals row by row: new alarms
// are inserted, changed ones emit dataChanged, gone ones are removed, and new readings refresh only the value
// column; the model is never reset on a change, so selections and sorting survive. Every column has a sort value
// in Qt::UserRole; column 0 carries the alarm key, the level and the state in the roles below.
class AlarmListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, Name, Source, Value, Raised, State, AckBy, Remark, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, LevelRole, StateRole };
    enum StateCode { Unacknowledged = 0, Acknowledged = 1, Cleared = 2 };
    static QString sourceLabel(const QString &source); // translated: rain 1 h, rain 6 h, freeboard, reading

    explicit AlarmListModel(AlarmService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 keyAt(int row) const { return m_keys.value(row); }
    int rowOfKey(qint64 key) const { return int(m_keys.indexOf(key)); }
    // In force, not acknowledged, orange or red.
    int unacknowledgedUrgent() const;
    int inForce() const;

private:
    void syncAlarms();
    void refreshValues();

    QPointer<AlarmService> m_service;
    QVector<qint64> m_keys; // row -> alarm key, in the order alarms arrived
};

} // namespace fc
