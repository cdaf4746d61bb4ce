/** Why a consultation could not be saved yet, one plain sentence a line; nothing when there is no problem. */
export function SaveProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert">
      <p>Not saved yet:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
