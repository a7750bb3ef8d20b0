#pragma once

namespace fc {

enum class GeometryType : unsigned char { Unknown, Point, Line, Polygon };

} // namespace fc
