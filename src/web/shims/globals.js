// Globals exceljs's sources expect from Node: Buffer and process (nextTick, browser).
import { Buffer } from "buffer";
import process from "process";

export { Buffer, process };
