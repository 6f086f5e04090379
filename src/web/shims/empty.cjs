// Node modules exceljs loads but never calls in the browser (files, CSV, encryption).
module.exports = {};
