"""kepatuhan: the console command and the nightly run that chains the stages."""
