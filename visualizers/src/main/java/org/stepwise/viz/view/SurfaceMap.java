package org.stepwise.viz.view;

/**
 * The colours of a loss surface and of the paths drawn over it ({@link ContourPathView}):
 * the bands' colour map, the colour iso-lines and hill-shading darken towards, the paths'
 * palette and the halo under them.
 *
 * <p>Viridis is bright and spans dark purple to yellow, so some path colour always sinks
 * into it (a yellow path on its yellow end, a blue one on its purple end). The muted maps are
 * a narrow ramp of blue-greys, light on the light theme and dark on the dark one, with
 * {@link ColorMaps#seriesArgb(int, boolean) the theme's series colours} for the paths: every
 * pixel the raster paints lies, channel by channel, between the map's {@link #shadow()} and its
 * high end (shadow ≤ low ≤ high in each channel), so each
 * path colour keeps a contrast of at least 3:1 against all of it (SurfaceMapTest).
 */
public enum SurfaceMap {
    /** Viridis with the class colours: the look of the lessons that have not chosen a theme. */
    VIRIDIS(0, 0, 0xFF000000, 0xFFFFFFFF, 0.7, false),
    /** Pale blue in the valleys to a warm off-white on the heights, on the light theme. */
    MUTED_LIGHT(0xFFD2DBE5, 0xFFF7F5F0, 0xFFC2CCD8, 0xFFFFFFFF, 0.15, false),
    /** Near black in the valleys to slate on the heights, on the dark theme. */
    MUTED_DARK(0xFF141A21, 0xFF3A4350, 0xFF0D1117, 0xFF0D1117, 0.15, true);

    private final int low;
    private final int high;
    private final int shadow;
    private final int halo;
    private final double isoLine;
    private final boolean dark;

    SurfaceMap(int low, int high, int shadow, int halo, double isoLine, boolean dark) {
        this.low = low;
        this.high = high;
        this.shadow = shadow;
        this.halo = halo;
        this.isoLine = isoLine;
        this.dark = dark;
    }

    /** The muted map of the light or dark theme. */
    public static SurfaceMap muted(boolean dark) {
        return dark ? MUTED_DARK : MUTED_LIGHT;
    }

    /** The colour at t ∈ [0, 1] (clamped) of the surface's scaled value: 0 the lowest. */
    public int argb(double t) {
        if (this == VIRIDIS) {
            return ColorMaps.viridis(t);
        }
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        return ColorMaps.blend(low, high, clamped);
    }

    /** What iso-lines and hill-shading blend towards: black for viridis, the ramp's darkest for the muted maps. */
    public int shadow() { return shadow; }

    /**
     * How much of a band's colour its iso-line keeps, the rest being the shadow: a muted map's
     * bands differ little, so its lines carry the surface's shape and are drawn nearly in the
     * shadow colour.
     */
    public double isoLine() { return isoLine; }

    /** The colour of path {@code k}. */
    public int pathArgb(int k) {
        return this == VIRIDIS ? ColorMaps.classArgb(k) : ColorMaps.seriesArgb(k, dark);
    }

    /** Drawn under each line and around each marker, to lift it off the surface and off the other paths. */
    public int haloArgb() { return halo; }

    /** True for a map meant for the dark theme. */
    public boolean dark() { return dark; }
}
