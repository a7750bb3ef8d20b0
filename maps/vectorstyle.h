#pragma once

#include "maps/symbol.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace fc {

class FeatureStore;

// One legend line: a swatch drawn with the symbol and a caption.
struct LegendEntry
{
    Symbol symbol;
    QString label;
};

// A data-driven vector style: one symbol, or a symbol chosen by category (exact value) or by range
// (numeric class), from an attribute or from a value function that may read live state (for
// example a flood wall's freeboard from the current tide). A style is a value: render snapshots copy
// it; a value function must therefore be safe to call from worker threads (capture data by value).
class VectorStyle
{
public:
    enum class Mode { Single, Categorized, Graduated };
    using ValueFunction = std::function<QVariant(const FeatureStore &, int)>;

    struct Category
    {
        QVariant value;
        Symbol symbol;
        QString label;
    };
    struct Range
    {
        double lower; // inclusive
        double upper; // exclusive
        Symbol symbol;
        QString label;
    };

    VectorStyle() = default;
    explicit VectorStyle(const Symbol &s) : m_symbol(s) {}

    Mode mode() const { return m_mode; }
    const Symbol &symbol() const { return m_symbol; }
    void setSymbol(const Symbol &s) { m_symbol = s; }

    // Classify by an attribute...
    void setCategorized(const QString &field, const QList<Category> &categories);
    void setGraduated(const QString &field, const QList<Range> &ranges);
    // ... or by a computed value (field name is then only a caption).
    void setValueFunction(ValueFunction f) { m_valueFunction = std::move(f); }
    const QString &classField() const { return m_field; }

    const Symbol &symbolFor(const FeatureStore &store, int i, int fieldIndex) const;
    // Index of the class symbol for feature i (-1 = the default symbol); lets renderers batch.
    int classOf(const FeatureStore &store, int i, int fieldIndex) const;
    const Symbol &classSymbol(int cls) const;
    int classCount() const;

    QList<LegendEntry> legend(const QString &defaultLabel) const;

    // Line widths grow with zoom: width * 2^((zoom - 15) * growth), clamped to [0.5x, 3x].
    double widthGrowth() const { return m_widthGrowth; }
    void setWidthGrowth(double g) { m_widthGrowth = g; }
    double widthFactor(double zoom) const;

    // Labels
    QString labelField;           // empty = no labels
    QString labelFallbackField;   // used where labelField is missing or empty (e.g. name_en -> name)
    // Computed label text (e.g. a gauge's latest value); empty text falls back to the fields. Called on render
    // threads: capture data by value. Needs labelField set (labels on).
    std::function<QString(const FeatureStore &, int)> labelFunction;
    QColor labelColor = QColor(30, 30, 30);
    QColor haloColor = QColor(255, 255, 255, 220);
    double labelPointSize = 9.0;
    bool labelBold = false;
    double labelMinZoom = 0.0;
    int labelPriority = 0;        // higher wins
    double labelRepeatDistancePx = 250; // same text is not repeated closer than this

    // Visibility by zoom and point clustering at low zoom.
    double minZoom = 0.0;
    double maxZoom = 30.0;
    bool cluster = false;
    double clusterBelowZoom = 14.0;
    double clusterCellPx = 48.0;
    QColor clusterColor = QColor(220, 90, 40);

private:
    Mode m_mode = Mode::Single;
    Symbol m_symbol;
    QString m_field;
    QList<Category> m_categories;
    QList<Range> m_ranges;
    ValueFunction m_valueFunction;
    double m_widthGrowth = 0.0;
};

} // namespace fc
