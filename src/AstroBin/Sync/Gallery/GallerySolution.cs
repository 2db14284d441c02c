namespace AstroBin.Sync.Gallery
{
    /// <summary>A plate solution as the gallery shows it; the coordinates exist only once the solver succeeded.</summary>
    public sealed class GallerySolution
    {
        public GallerySolution(string? status, bool isSolved, double? ra, double? dec, double? radius, double? pixScale, double? orientation)
        {
            Status = status;
            IsSolved = isSolved;
            Ra = ra;
            Dec = dec;
            Radius = radius;
            PixScale = pixScale;
            Orientation = orientation;
        }

        /// <summary>solution_status: MISSING, PENDING, FAILED, SUCCESS, ADVANCED_...</summary>
        public string? Status { get; }

        public bool IsSolved { get; }

        /// <summary>Degrees (J2000).</summary>
        public double? Ra { get; }

        public double? Dec { get; }

        /// <summary>The field's radius in degrees.</summary>
        public double? Radius { get; }

        /// <summary>Arc seconds a pixel.</summary>
        public double? PixScale { get; }

        /// <summary>Degrees.</summary>
        public double? Orientation { get; }

        /// <summary>Whether the sky map can plot it: solved, with a centre.</summary>
        public bool HasPosition => IsSolved && Ra.HasValue && Dec.HasValue;
    }
}
