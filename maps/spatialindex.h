#pragma once

#include "maps/extent.h"

#include <functional>
#include <vector>

namespace fc {

// A static packed R-tree (sort-tile-recursive bulk load) over item bounding boxes. Built once,
// then read concurrently from any thread. Queries visit items whose box intersects the extent.
class SpatialIndex
{
public:
    void build(const std::vector<Extent> &boxes);
    void query(const Extent &e, const std::function<void(int)> &visit) const;
    bool isEmpty() const { return m_nodes.empty(); }
    std::size_t memoryBytes() const { return m_nodes.capacity() * sizeof(Node) + m_levels.capacity() * sizeof(Level); }

private:
    struct Node
    {
        float xMin, yMin, xMax, yMax; // conservative float boxes (rounded outward)
        int first;                   // child node index, or item id at the leaf level
        int count;                   // number of children; 0 for an item entry
    };
    struct Level
    {
        int begin;
        int end;
    };
    static constexpr int NodeSize = 16;
    std::vector<Node> m_nodes;   // level 0 = item entries, then upper levels, root last
    std::vector<Level> m_levels;
};

} // namespace fc
