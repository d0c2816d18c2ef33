// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is
// signed, so the shipped app cannot be turned into a general Node runtime or debugged through
// environment variables, and loads only its own integrity-checked asar.
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
    // Re-sign ad hoc on macOS arm64 (flipping invalidates the signature); real signing follows.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  });
  console.log(`after-pack: fuses flipped in ${executable}`);
};
