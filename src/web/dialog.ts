export function startDialog(_doc: Document): void {}
