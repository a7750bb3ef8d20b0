#pragma once

#include "app/core/store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace fc {

// A table model with one row per store row (kept in fid order), moved on row by row from the change feed:
// rows inserted, updated or removed, never a reset on a change (views keep their selection and scroll).
class FidTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    qint64 fidAt(int row) const { return m_fids.value(row); }
    int rowOfFid(qint64 fid) const;
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    void resetRows(const QList<qint64> &fids);
    // The rows of `fids` after a change: updated when still in `present`, removed when gone, inserted when new.
    void applyChanges(const QList<qint64> &fids, const QHash<qint64, StoreRow> &present);
    // Every row's `column` changed (e.g. a clock moved on, a related table changed).
    void columnChanged(int column, const QList<int> &roles = {});

    QList<qint64> m_fids; // sorted
};

} // namespace fc
