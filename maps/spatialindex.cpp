#include "maps/spatialindex.h"

#include <QtGlobal>
#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

namespace fc {

namespace {
// std::nextafter(float(v), -inf) and (float(v), +inf), inline (the library call dominated building
// large indexes).
float down(double v)
{
    const float f = float(v);
    if (!(f > -std::numeric_limits<float>::infinity()))
        return f; // -inf or NaN
    if (f == 0.0f)
        return -std::numeric_limits<float>::denorm_min();
    const quint32 b = std::bit_cast<quint32>(f);
    return std::bit_cast<float>(f > 0.0f ? b - 1 : b + 1);
}
float up(double v)
{
    const float f = float(v);
    if (!(f < std::numeric_limits<float>::infinity()))
        return f; // +inf or NaN
    if (f == 0.0f)
        return std::numeric_limits<float>::denorm_min();
    const quint32 b = std::bit_cast<quint32>(f);
    return std::bit_cast<float>(f > 0.0f ? b + 1 : b - 1);
}
} // namespace

void SpatialIndex::build(const std::vector<Extent> &boxes)
{
    m_nodes.clear();
    m_levels.clear();
    const int n = int(boxes.size());
    if (n == 0)
        return;

    // Sort-tile-recursive: sort by x centre into vertical slices, each slice by y centre. The keys
    // are sorted next to their item (not looked up through the boxes: far fewer cache misses on
    // large layers), ties broken by item, so the tree is the same for the same boxes.
    struct Key
    {
        double k;
        int i;
        bool operator<(const Key &o) const { return k < o.k || (k == o.k && i < o.i); }
    };
    std::vector<Key> keys(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        keys[std::size_t(i)] = {boxes[std::size_t(i)].xMin() + boxes[std::size_t(i)].xMax(), i};
    std::sort(keys.begin(), keys.end());
    const int leafCount = (n + NodeSize - 1) / NodeSize;
    const int slices = std::max(1, int(std::ceil(std::sqrt(double(leafCount)))));
    const int perSlice = slices * NodeSize;
    for (int s = 0; s < n; s += perSlice) {
        const int e = std::min(n, s + perSlice);
        for (int j = s; j < e; ++j) {
            const Extent &b = boxes[std::size_t(keys[std::size_t(j)].i)];
            keys[std::size_t(j)].k = b.yMin() + b.yMax();
        }
        std::sort(keys.begin() + s, keys.begin() + e);
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int j = 0; j < n; ++j)
        order[std::size_t(j)] = keys[std::size_t(j)].i;
    keys = {};

    m_nodes.reserve(std::size_t(n) * 17 / 15 + 16);
    for (int i : order) {
        const Extent &b = boxes[i];
        m_nodes.push_back({down(b.xMin()), down(b.yMin()), up(b.xMax()), up(b.yMax()), i, 0});
    }
    m_levels.push_back({0, n});

    // Upper levels: group consecutive nodes of the level below.
    while (m_levels.back().end - m_levels.back().begin > 1) {
        const Level below = m_levels.back();
        const int begin = int(m_nodes.size());
        for (int s = below.begin; s < below.end; s += NodeSize) {
            const int e = std::min(below.end, s + NodeSize);
            Node parent{m_nodes[s].xMin, m_nodes[s].yMin, m_nodes[s].xMax, m_nodes[s].yMax, s, e - s};
            for (int k = s + 1; k < e; ++k) {
                parent.xMin = std::min(parent.xMin, m_nodes[k].xMin);
                parent.yMin = std::min(parent.yMin, m_nodes[k].yMin);
                parent.xMax = std::max(parent.xMax, m_nodes[k].xMax);
                parent.yMax = std::max(parent.yMax, m_nodes[k].yMax);
            }
            m_nodes.push_back(parent);
        }
        m_levels.push_back({begin, int(m_nodes.size())});
    }
}

void SpatialIndex::query(const Extent &e, const std::function<void(int)> &visit) const
{
    if (m_nodes.empty() || e.isNull())
        return;
    const float qx0 = down(e.xMin()), qy0 = down(e.yMin()), qx1 = up(e.xMax()), qy1 = up(e.yMax());
    auto hit = [&](const Node &nd) { return !(nd.xMin > qx1 || nd.xMax < qx0 || nd.yMin > qy1 || nd.yMax < qy0); };

    std::vector<int> stack;
    stack.reserve(64);
    const int root = m_levels.back().begin;
    if (hit(m_nodes[root]))
        stack.push_back(root);
    if (m_levels.size() == 1) { // a single item
        if (!stack.empty())
            visit(m_nodes[root].first);
        return;
    }
    while (!stack.empty()) {
        const Node &nd = m_nodes[stack.back()];
        stack.pop_back();
        const int end = nd.first + nd.count;
        for (int k = nd.first; k < end; ++k) {
            const Node &c = m_nodes[k];
            if (!hit(c))
                continue;
            if (c.count == 0)
                visit(c.first);
            else
                stack.push_back(k);
        }
    }
}

} // namespace fc
