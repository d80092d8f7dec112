// office-addin-mock imports office-addin-manifest only to read a manifest's host list, which the tests never use.
module.exports = {};
