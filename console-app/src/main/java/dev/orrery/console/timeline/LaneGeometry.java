package dev.orrery.console.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/// Where each lane and track sits vertically: a lane grows by one row for each kind of fault that it had in the
/// window (so overlapping faults get a row each), always has one row for its outages, and one below it for
/// restart markers when it had restarts in the window.
///
/// @param top the lane's upper edge, below the axis
/// @param rows the y of each fault track used in the lane, by track
/// @param outageY the y of the lane's outage row
/// @param markerY the y of the lane's marker row (the outage row's when it has none)
record LaneGeometry(double top, double height, Map<Integer, Double> rows, double outageY, double markerY) {

    static final double AXIS_HEIGHT = 26;
    static final double FAULT_ROW = 18;
    static final double OUTAGE_ROW = 14;
    static final double MARKER_ROW = 16;
    static final double GAP = 3;

    LaneGeometry {
        rows = Map.copyOf(rows);
    }

    /// The y of a span's row in this lane.
    double y(SpanKind kind) {
        return kind.fault() ? rows.getOrDefault(kind.track(), top + GAP) : outageY;
    }

    static double rowHeight(SpanKind kind) {
        return kind.fault() ? FAULT_ROW : OUTAGE_ROW;
    }

    /// Every lane of the picture, top to bottom.
    static Map<String, LaneGeometry> of(TimelinePicture picture) {
        var result = new LinkedHashMap<String, LaneGeometry>();
        var top = AXIS_HEIGHT;
        for (var lane : picture.lanes()) {
            var restarts = picture.markers().stream().anyMatch(m -> m.lane().equals(lane));
            var geometry = lane(top, tracks(picture.spans(), lane), restarts);
            result.put(lane, geometry);
            top += geometry.height();
        }
        return result;
    }

    /// The total height of all lanes and the axis.
    static double height(Map<String, LaneGeometry> lanes) {
        return lanes.values().stream()
                .mapToDouble(g -> g.top() + g.height())
                .max()
                .orElse(AXIS_HEIGHT);
    }

    private static List<Integer> tracks(List<TimelineSpan> spans, String lane) {
        var used = new TreeSet<Integer>();
        spans.stream()
                .filter(s -> s.lane().equals(lane) && s.kind().fault())
                .forEach(s -> used.add(s.kind().track()));
        return used.isEmpty() ? List.of(0) : new ArrayList<>(used);
    }

    private static LaneGeometry lane(double top, List<Integer> tracks, boolean restarts) {
        var rows = new LinkedHashMap<Integer, Double>();
        var y = top + GAP;
        for (var track : tracks) {
            rows.put(track, y);
            y += FAULT_ROW + 2;
        }
        var outageY = y;
        var markerY = restarts ? outageY + OUTAGE_ROW + 1 : outageY;
        var bottom = restarts ? markerY + MARKER_ROW : outageY + OUTAGE_ROW;
        return new LaneGeometry(top, bottom + GAP - top, rows, outageY, markerY);
    }
}
