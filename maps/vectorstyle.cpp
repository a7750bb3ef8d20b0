#include "maps/vectorstyle.h"

#include "maps/featurestore.h"

#include <cmath>

namespace fc {

void VectorStyle::setCategorized(const QString &field, const QList<Category> &categories)
{
    m_mode = Mode::Categorized;
    m_field = field;
    m_categories = categories;
}

void VectorStyle::setGraduated(const QString &field, const QList<Range> &ranges)
{
    m_mode = Mode::Graduated;
    m_field = field;
    m_ranges = ranges;
}

int VectorStyle::classOf(const FeatureStore &store, int i, int fieldIndex) const
{
    if (m_mode == Mode::Single)
        return -1;
    const QVariant v = m_valueFunction ? m_valueFunction(store, i) : store.attribute(i, fieldIndex);
    if (!v.isValid() || v.isNull())
        return -1;
    if (m_mode == Mode::Categorized) {
        const QString s = v.toString();
        for (int k = 0; k < m_categories.size(); ++k)
            if (m_categories[k].value.toString() == s)
                return k;
        return -1;
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return -1;
    for (int k = 0; k < m_ranges.size(); ++k)
        if (d >= m_ranges[k].lower && d < m_ranges[k].upper)
            return k;
    return -1;
}

const Symbol &VectorStyle::classSymbol(int cls) const
{
    if (cls < 0)
        return m_symbol;
    return m_mode == Mode::Categorized ? m_categories[cls].symbol : m_ranges[cls].symbol;
}

int VectorStyle::classCount() const
{
    return m_mode == Mode::Categorized ? int(m_categories.size()) : m_mode == Mode::Graduated ? int(m_ranges.size()) : 0;
}

const Symbol &VectorStyle::symbolFor(const FeatureStore &store, int i, int fieldIndex) const
{
    return classSymbol(classOf(store, i, fieldIndex));
}

QList<LegendEntry> VectorStyle::legend(const QString &defaultLabel) const
{
    QList<LegendEntry> out;
    if (m_mode == Mode::Categorized)
        for (const auto &c : m_categories)
            out.append({c.symbol, c.label.isEmpty() ? c.value.toString() : c.label});
    else if (m_mode == Mode::Graduated)
        for (const auto &r : m_ranges)
            out.append({r.symbol, r.label});
    if (out.isEmpty())
        out.append({m_symbol, defaultLabel});
    return out;
}

double VectorStyle::widthFactor(double zoom) const
{
    if (m_widthGrowth == 0.0)
        return 1.0;
    return std::clamp(std::pow(2.0, (zoom - 15.0) * m_widthGrowth), 0.5, 3.0);
}

} // namespace fc
