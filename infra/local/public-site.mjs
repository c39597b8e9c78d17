// Makes the local publishing container readable without a key, as the static website is in Azure, so the published
// referater, indexes and feeds open in a browser from Azurite. Local use only: start.sh runs it against Azurite.
//   node public-site.mjs CONNECTION_STRING CONTAINER
import { BlobServiceClient } from "@azure/storage-blob";

const [connection, name] = process.argv.slice(2);
const container = BlobServiceClient.fromConnectionString(connection).getContainerClient(name);
await container.createIfNotExists();
await container.setAccessPolicy("blob");
