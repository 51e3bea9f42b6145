// An import worker that cannot start (as a missing or broken script would): the import reads its files itself.
throw new Error('this worker cannot start');
