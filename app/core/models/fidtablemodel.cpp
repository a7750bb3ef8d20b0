#include "app/core/models/fidtablemodel.h"

#include <algorithm>

namespace fc {

int FidTableModel::rowOfFid(qint64 fid) const
{
    const auto it = std::lower_bound(m_fids.cbegin(), m_fids.cend(), fid);
    return it != m_fids.cend() && *it == fid ? int(it - m_fids.cbegin()) : -1;
}

int FidTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
}

void FidTableModel::resetRows(const QList<qint64> &fids)
{
    beginResetModel();
    m_fids = fids;
    std::sort(m_fids.begin(), m_fids.end());
    endResetModel();
}

void FidTableModel::applyChanges(const QList<qint64> &fids, const QHash<qint64, StoreRow> &present)
{
    for (qint64 fid : fids) {
        const auto it = std::lower_bound(m_fids.begin(), m_fids.end(), fid);
        const int row = int(it - m_fids.begin());
        const bool listed = it != m_fids.end() && *it == fid;
        const bool exists = present.contains(fid);
        if (listed && exists) {
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else if (listed) {
            beginRemoveRows({}, row, row);
            m_fids.removeAt(row);
            endRemoveRows();
        } else if (exists) {
            beginInsertRows({}, row, row);
            m_fids.insert(row, fid);
            endInsertRows();
        }
    }
}

void FidTableModel::columnChanged(int column, const QList<int> &roles)
{
    if (!m_fids.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_fids.size()) - 1, column), roles);
}

} // namespace fc
