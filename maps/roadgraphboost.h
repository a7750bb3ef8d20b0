#pragma once

// The Boost graphs behind RoadGraph (kept out of roadgraph.h so only the routing code and benchmarks
// compile Boost Graph).
#include "maps/roadgraph.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>

namespace fc {

struct RoadGraph::Graphs
{
    struct EdgeProp
    {
        int id = 0; // RoadGraph edge id (index into edges and weights)
    };
    using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeProp>;
    Csr forward;  // edges as driven
    Csr reverse;  // every edge turned round: one search from a destination gives the time from everywhere
    std::vector<int> twin; // the opposite-direction edge on the same segment, or -1
};

} // namespace fc
