export function listHtmlFiles(dir: string): string[];
