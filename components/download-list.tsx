import { downloadFiles, downloadPath, downloads } from "@/lib/open-data/downloads";
import { tableSpecs } from "@/lib/open-data/datapackage";

/** Each download with what it holds; for a CSV, its columns in order. */
export function DownloadList() {
  const columns = new Map(tableSpecs.map((spec) => [spec.file as string, spec.columns.map((c) => c.name)]));
  return (
    <ul className="mt-3 space-y-3">
      {downloadFiles.map((file) => (
        <li key={file} data-download={file}>
          <a href={downloadPath(file)} className="font-medium">
            {downloads[file].title}
          </a>{" "}
          <span className="text-sm text-muted">({file})</span>
          <p className="text-sm">{downloads[file].description}</p>
          {columns.has(file) && (
            <p className="text-sm text-muted">
              Columns: <code className="break-words">{columns.get(file)?.join(", ")}</code>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
