package main

type I interface{ J }
type J interface{ I }

func main() {}
