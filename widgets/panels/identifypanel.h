#pragma once

#include "widgets/map/mapcanvas.h"

#include <QWidget>

class QComboBox;
class QTableWidget;
class QLabel;

namespace fc {

// Attributes of the features found by a click on the map (Chinese field captions, coded values
// spelled out), with the hit list when several features lie under the cursor.
class IdentifyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget *parent = nullptr);
    void showHits(const QList<IdentifyHit> &hits);
    // Rich text shown while nothing is selected (the situation summary).
    void setIdleText(const QString &html);
    int hitCount() const { return int(m_hits.size()); }
    // (caption, value) rows currently shown, for tests.
    QList<QPair<QString, QString>> rows() const;

Q_SIGNALS:
    void featureChosen(const fc::IdentifyHit &hit);

private:
    void showHit(int index);
    QList<IdentifyHit> m_hits;
    QComboBox *m_choice;
    QTableWidget *m_table;
    QLabel *m_hint;
    QString m_idle;
};

} // namespace fc
