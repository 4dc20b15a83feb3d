import { downloadFiles, downloads } from "@/lib/open-data/downloads";
import { tableColumnNames } from "@/lib/open-data/table-columns";
import { routes } from "@/lib/routes";

/** Each download with what it holds; for a CSV, its columns in order. */
export function DownloadList() {
  return (
    <ul className="mt-3 space-y-3">
      {downloadFiles.map((file) => {
        const columns = tableColumnNames(file);
        return (
          <li key={file} data-download={file}>
            <a href={routes.download(file)} className="font-medium">
              {downloads[file].title}
            </a>{" "}
            <span className="text-sm text-muted">({file})</span>
            <p className="text-sm">{downloads[file].description}</p>
            {columns && (
              <p className="text-sm text-muted">
                Columns: <code className="break-words">{columns.join(", ")}</code>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
