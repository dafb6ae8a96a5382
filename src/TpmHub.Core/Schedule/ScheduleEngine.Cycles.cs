using TpmHub.Core.Common;

namespace TpmHub.Core.Schedule;

/// <summary>Cycles in a plan: the one a new link would close, and the one left in a network that cannot be ordered.</summary>
public static partial class ScheduleEngine
{
    /// <summary>
    /// Would adding <paramref name="newPredecessor"/> → <paramref name="newSuccessor"/> close a cycle with the
    /// <paramref name="existing"/> links (of any type)? Returns the shortest such cycle as keys starting and ending with the new
    /// predecessor, [newPredecessor, newSuccessor, …, newPredecessor], or null when it would not; a self-link gives [k, k].
    /// </summary>
    public static IReadOnlyList<string>? FindCycleIfAdded(IReadOnlyList<ScheduleLinkInput> existing, string newPredecessor, string newSuccessor)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(newPredecessor);
        ArgumentNullException.ThrowIfNull(newSuccessor);
        if (string.Equals(newPredecessor, newSuccessor, StringComparison.Ordinal))
        {
            return [newPredecessor, newPredecessor];
        }

        var successors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var link in existing)
        {
            if (link.PredecessorKey is null || link.SuccessorKey is null)
            {
                continue;
            }

            if (!successors.TryGetValue(link.PredecessorKey, out var list))
            {
                list = [];
                successors[link.PredecessorKey] = list;
            }

            list.Add(link.SuccessorKey);
        }

        // Breadth first from the new successor: a path back to the new predecessor closes the cycle.
        var parent = new Dictionary<string, string?>(StringComparer.Ordinal) { [newSuccessor] = null };
        var queue = new Queue<string>();
        queue.Enqueue(newSuccessor);
        while (queue.Count > 0)
        {
            var key = queue.Dequeue();
            if (!successors.TryGetValue(key, out var list))
            {
                continue;
            }

            foreach (var next in list)
            {
                if (!parent.TryAdd(next, key))
                {
                    continue;
                }

                if (string.Equals(next, newPredecessor, StringComparison.Ordinal))
                {
                    var path = new List<string>();
                    for (string? at = next; at is not null; at = parent[at])
                    {
                        path.Add(at);
                    }

                    path.Add(newPredecessor);
                    path.Reverse();
                    return path;
                }

                queue.Enqueue(next);
            }
        }

        return null;
    }

    /// <summary>The message naming a cycle given as keys whose first and last are the same: "Dependency cycle: A → B → A".</summary>
    public static string DescribeCycle(IReadOnlyList<string> cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return "Dependency cycle: " + string.Join(" → ", cycle);
    }

    /// <summary>
    /// After Kahn's algorithm every task left over (in-degree &gt; 0) has a left-over predecessor, so walking back along
    /// left-over predecessors from any of them must revisit a task: the tasks between the two visits form a cycle.
    /// Returns it forwards, starting and ending with its task that comes first in the input.
    /// </summary>
    internal static List<string> FindResidualCycle(IReadOnlyList<ScheduleTaskInput> tasks, int[] from, int[] to, int[] inDegree)
    {
        var n = inDegree.Length;
        var predecessor = new int[n];
        Array.Fill(predecessor, -1);
        var start = -1;
        for (var l = 0; l < from.Length; l++)
        {
            if (inDegree[from[l]] > 0 && inDegree[to[l]] > 0 && predecessor[to[l]] < 0)
            {
                predecessor[to[l]] = from[l];
            }
        }

        for (var u = 0; u < n && start < 0; u++)
        {
            if (inDegree[u] > 0)
            {
                start = u;
            }
        }

        var step = new int[n];
        Array.Fill(step, -1);
        var walk = new List<int>();
        var at = start;
        while (step[at] < 0)
        {
            step[at] = walk.Count;
            walk.Add(at);
            at = predecessor[at];
        }

        var members = walk.GetRange(step[at], walk.Count - step[at]);
        members.Reverse();
        var first = 0;
        for (var i = 1; i < members.Count; i++)
        {
            if (members[i] < members[first])
            {
                first = i;
            }
        }

        var cycle = new List<string>(members.Count + 1);
        for (var i = 0; i <= members.Count; i++)
        {
            cycle.Add(tasks[members[(first + i) % members.Count]].Key);
        }

        return cycle;
    }
}
