console.log('dossier cli');
