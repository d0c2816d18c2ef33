// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is
// signed, so the shipped app cannot be turned into a general Node runtime, debugged through
// environment variables or CLI flags, given extra file:// powers, or made to load anything but
// its own integrity-checked asar.
//
// strictlyRequireAllFuses: an Electron upgrade that adds a fuse makes the build fail here until
// someone decides that fuse's state, instead of silently shipping Electron's default.
module.exports = async function afterPack(context) {
  const path = await import('node:path');
  const { flipFuses, FuseV1Options, FuseVersion } = await import('@electron/fuses');
  const { electronPlatformName, appOutDir, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  const executable =
    electronPlatformName === 'darwin'
      ? path.join(appOutDir, `${productFilename}.app`)
      : electronPlatformName === 'win32'
        ? path.join(appOutDir, `${productFilename}.exe`)
        : path.join(appOutDir, packager.executableName);

  await flipFuses(executable, {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Re-sign ad hoc on macOS arm64 (flipping invalidates the signature); real signing follows.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin',
    // ELECTRON_RUN_AS_NODE would make the signed binary a Node runtime for any script.
    [FuseV1Options.RunAsNode]: false,
    // Cookies (and the session's stored data) encrypted with the OS key store.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS (--require a script into main) and --inspect (attach a debugger) ignored.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar is checked against the hash in the signed binary, and nothing else is loaded.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Not used: the app ships no separate browser-process V8 snapshot.
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The app is served over app://, never file://: file pages need no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Kept on (Electron's default): V8 traps out-of-bounds WebAssembly memory access with
    // signal handlers instead of inline checks. It is not a way in, and password hashing
    // (Argon2id, sign-in) runs as WebAssembly.
    [FuseV1Options.WasmTrapHandlers]: true,
  });
  console.log(`after-pack: fuses flipped in ${executable}`);
};
