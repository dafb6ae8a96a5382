namespace TpmHub.Core.Schedule;

/// <summary>
/// How a dependency ties its successor to its predecessor (offsets in working days, finish exclusive):
/// FS succ.start ≥ pred.finish + lag; SS succ.start ≥ pred.start + lag;
/// FF succ.finish ≥ pred.finish + lag; SF succ.finish ≥ pred.start + lag.
/// </summary>
public enum LinkType
{
    /// <summary>Finish-to-start: the successor starts once the predecessor has finished.</summary>
    FS,

    /// <summary>Start-to-start: the successor starts once the predecessor has started.</summary>
    SS,

    /// <summary>Finish-to-finish: the successor finishes once the predecessor has finished.</summary>
    FF,

    /// <summary>Start-to-finish: the successor finishes once the predecessor has started.</summary>
    SF,
}
