// The package is for Linux (linux-x64, Unix modes in the zip) and so are the checks; the Bicep CLI package is the
// linux-x64 one.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
