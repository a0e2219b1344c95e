using Conexa.Api.Hosting;

var app = await ApiHost.BuildAsync(args);
await ApiHost.StartAsync(app);
await app.WaitForShutdownAsync();
